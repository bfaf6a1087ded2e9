// lorenz-tokens.svg: Lorenz curve of window tokens per week among active users, one line per arm: the share of
// all tokens used by the lightest x% of users. The legend gives the top decile's share (summary.csv).
import * as d3 from "d3";
import type { RunTables } from "../tables.js";
import { axes } from "./axes.js";
import { armKey, armNames, firstReplicate, num, summaryMean, text } from "./data.js";
import { frame, WIDTH } from "./frame.js";
import { list, pct } from "./format.js";
import { panels } from "./layout.js";
import { legend } from "./legend.js";
import { armColor, armDash, KEY, MUTED } from "./palette.js";
import { hoverColumns, mergeCoincident, type LineSeries } from "./lines.js";

/** Points drawn per curve: the curve at 0%, 0.5%, ..., 100% of users (enough for a smooth line, small file). */
const STEPS = 200;

/** Lorenz points [share of users, share of tokens] from token amounts (any order). */
export function lorenzPoints(values: number[]): [number, number][] {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  const total = d3.sum(v);
  if (n === 0 || total <= 0) return [];
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cum[i + 1] = cum[i] + v[i];
  const pts: [number, number][] = [];
  for (let s = 0; s <= STEPS; s++) {
    const k = (s / STEPS) * n;
    const lo = Math.floor(k);
    const share = lo >= n ? cum[n] : cum[lo] + (k - lo) * v[lo];
    pts.push([s / STEPS, share / total]);
  }
  return pts;
}

export function lorenzChart(t: RunTables): string {
  const arms = armNames(t);
  const rep = firstReplicate(t);
  const curves = arms.map((arm) =>
    lorenzPoints(t.developers.filter((r) => text(r, "arm") === arm && num(r, "replicate") === rep && num(r, "active_user") === 1)
      .map((r) => num(r, "window_tokens_per_week")).filter((v) => Number.isFinite(v) && v >= 0)),
  );
  const f = frame({
    title: "Who uses the tokens: Lorenz curve of tokens per week",
    desc: "Lorenz curves, one per arm: cumulative share of tokens (y, percent) against cumulative share of active users ranked from lightest to heaviest (x, percent), over the measurement window. The diagonal is perfect equality.",
    subtitle: `${t.manifest.scenario.name}: active users, measurement window, replicate ${rep}`,
  });
  const side = 380;
  const x = d3.scaleLinear().domain([0, 1]).range([0, side + 84 - 8 - 66 - 28]);
  const y = d3.scaleLinear().domain([0, 1]).range([side + 70 - 24 - 46, 0]);
  const series: LineSeries[] = mergeCoincident(arms.map((a, i) => ({
    keys: [armKey(i)], names: [a], details: [`top 10% use ${pct(summaryMean(t, a, "top_decile_token_share"))}`], color: armColor(i), dash: armDash(i), points: curves[i],
  })), y);
  const lh = legend(f, f.svg, 24, f.top + 8, WIDTH - 40, [
    ...series.map((s) => ({
      label: s.names.map((n, k) => `${n}: ${s.details![k]}`).join(", ") + (s.names.length > 1 ? " (one line: they coincide)" : ""),
      color: s.color, kind: "line" as const, dash: s.dash, keys: s.keys,
    })),
    { label: "equality", color: KEY, kind: "dash" as const },
  ]);
  const { panels: [p], bottom } = panels(f, 1, f.top + lh, side + 84, side + 70, [""]);
  axes(p.g, { x, y, width: p.width, height: p.height, xFormat: pct, yFormat: pct, xLabel: "Share of active users, lightest first (%)", yLabel: "Share of tokens (%)" });
  p.g.append("line").attr("x1", x(0)).attr("y1", y(0)).attr("x2", x(1)).attr("y2", y(1)).attr("stroke", KEY).attr("stroke-dasharray", "5,3");
  p.g.append("line").attr("x1", x(0.9)).attr("x2", x(0.9)).attr("y1", 0).attr("y2", p.height).attr("stroke", "#999999").attr("stroke-dasharray", "2,3");
  p.g.append("text").attr("x", x(0.9) - 4).attr("y", p.height - 6).attr("text-anchor", "end").attr("fill", MUTED).text("top 10% →");
  const line = d3.line<[number, number]>().x((d) => x(d[0])).y((d) => y(d[1])).digits(2);
  for (const s of series) {
    if (s.points.length === 0) continue;
    p.g.append("path").attr("class", "series").attr("data-keys", s.keys.join(" ")).attr("d", line(s.points) ?? "").attr("fill", "none").attr("stroke", s.color)
      .attr("stroke-width", 2).attr("stroke-dasharray", s.dash).append("title").text(`${s.names.join(", ")}: the lightest x% of active users use y% of the tokens`);
  }
  const steps = curves.find((c) => c.length)?.map((q) => q[0]).filter((_, k) => k % 10 === 0) ?? [];
  hoverColumns(p.g, x, p.height, steps.map((share, k) => ({
    x: share,
    lines: [`The lightest ${pct(share)} of active users use`, ...arms.flatMap((a, i) => (curves[i].length ? [`${a}: ${pct(curves[i][k * 10][1])} of the tokens`] : []))],
  })));
  return f.finish(bottom + 4);
}

/** One sentence: how much of the tokens the heaviest tenth uses, per arm. */
export function lorenzFinding(t: RunTables): string {
  const arms = armNames(t);
  const shares = arms.map((a) => summaryMean(t, a, "top_decile_token_share"));
  const hi = d3.maxIndex(shares), lo = d3.minIndex(shares);
  if (hi < 0) return "";
  const same = arms.filter((_, i) => Math.abs(shares[i] - shares[hi]) < 0.005);
  return arms.length === 1 || shares[hi] - shares[lo] < 0.005 ? `The heaviest 10% of active users use ${pct(shares[hi])} of the tokens${arms.length > 1 ? " in every arm" : ""}.` :
    `The heaviest 10% of active users use from ${pct(shares[lo])} of the tokens (${arms[lo]}) to ${pct(shares[hi])} (${list(same)}).`;
}
