// tokens-vs-output.svg: one point per active developer (tokens per week vs output per week over the
// measurement window, log–log), coloured by level, one panel per arm; the median and the top decile by tokens
// are marked and the measured ratios of summary.csv written on each panel. Above MAX_POINTS_PER_PANEL active
// users a panel shows every k-th developer by index (deterministic) and says so, keeping the file small.
import * as d3 from "d3";
import type { Row } from "../rows.js";
import type { RunTables } from "../tables.js";
import { axes } from "./axes.js";
import { armNames, firstReplicate, num, summaryMean, text } from "./data.js";
import { frame, WIDTH, type Frame, type G } from "./frame.js";
import { short, times } from "./format.js";
import { panels } from "./layout.js";
import { legend } from "./legend.js";
import { INK, KEY, LEVEL_COLORS, MUTED, OTHER_COLOR } from "./palette.js";

/** At most this many points per panel, and at most TOTAL_POINTS over all panels (a few hundred kB of SVG). */
export const MAX_POINTS_PER_PANEL = 3000;
export const TOTAL_POINTS = 12000;

interface Dev {
  index: number;
  level: string;
  tokens: number;
  output: number;
  top: boolean;
}

/** Sampling step for `m` active users in a chart of `arms` panels: 1 = every developer drawn. */
export function sampleStep(m: number, arms: number): number {
  const cap = Math.min(MAX_POINTS_PER_PANEL, Math.floor(TOTAL_POINTS / Math.max(1, arms)));
  return m > cap ? Math.ceil(m / cap) : 1;
}

/** Active developers of one arm and replicate with positive tokens and output (log scales), top decile flagged. */
export function activeDevelopers(rows: Row[]): Dev[] {
  const devs: Dev[] = [];
  for (const r of rows) {
    if (num(r, "active_user") !== 1) continue;
    const d = { index: num(r, "developer"), level: text(r, "level"), tokens: num(r, "window_tokens_per_week"), output: num(r, "window_output_per_week"), top: false };
    if (d.tokens > 0 && d.output > 0 && Number.isFinite(d.index)) devs.push(d);
  }
  // The top decile as the model defines it: the ceil(10%) users with most tokens, ties by developer index.
  const byTokens = [...devs].sort((a, b) => b.tokens - a.tokens || a.index - b.index);
  for (let r = 0; r < Math.ceil(devs.length / 10); r++) byTokens[r].top = true;
  return devs.sort((a, b) => a.index - b.index);
}

export function tokensVsOutputChart(t: RunTables): string {
  const arms = armNames(t);
  const rep = firstReplicate(t);
  const byArm = new Map<string, Row[]>(arms.map((a) => [a, []]));
  for (const r of t.developers) if (num(r, "replicate") === rep) byArm.get(text(r, "arm"))?.push(r);
  const devs = arms.map((a) => activeDevelopers(byArm.get(a) ?? []));
  const steps = devs.map((d) => sampleStep(d.length, arms.length));
  const sampled = steps.some((s) => s > 1);

  const levels = [...new Set(devs.flat().map((d) => d.level))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const reps = t.manifest.replicates;
  const f = frame({
    title: "Tokens against output, one point per developer",
    desc: `Scatter plots on log–log axes, one per arm: each active developer's tokens per week (x) against output per week in output units (y) over the measurement window, coloured by level. Dashed line: median tokens; shaded: top 10% by tokens (outlined points).` +
      (sampled ? ` Panels with many users show every k-th developer by index (k given in the panel).` : ""),
    subtitle: `${t.manifest.scenario.name}: active users over the measurement window, replicate ${rep}${reps > 1 ? ` of ${reps} (${reps - 1} not drawn)` : ""}` +
      (sampled ? `; sampled: every ${ordinal(Math.max(...steps))} by index` : "; every active user drawn"),
  });
  const lh = legend(f, f.svg, 24, f.top + 8, WIDTH - 40, [
    ...levels.map((l) => ({ label: l, color: LEVEL_COLORS[l] ?? OTHER_COLOR, kind: "dot" as const })),
    { label: "top 10% by tokens", color: KEY, kind: "ring" as const },
    { label: "median tokens", color: KEY, kind: "dash" as const },
  ]);
  const totals = arms.map((a) => (byArm.get(a) ?? []).length);
  const titles = arms.map((a, i) => {
    const m = devs[i].length;
    return steps[i] > 1 ? `${a}: ${Math.ceil(m / steps[i])} of ${m} active users drawn` : `${a}: all ${m} active users`;
  });
  f.note(`Points are active users (mean weekly tokens at or above the dashboard's threshold over the window): ` +
    arms.map((a, i) => `${a} ${devs[i].length} of ${totals[i]} developers`).join(", ") + `; the others are not drawn.` +
    (sampled ? ` Panels of more than ${Math.min(MAX_POINTS_PER_PANEL, Math.floor(TOTAL_POINTS / Math.max(1, arms.length)))} users draw every k-th user by developer index (k in the panel title), to keep the file small; medians and shares use every user.` : ""));
  const { panels: ps, bottom } = panels(f, arms.length, f.top + lh, WIDTH, arms.length === 1 ? 420 : 330, titles, { maxCols: 2 });

  // One x and one y domain for every panel, so arms compare by position.
  const all = devs.flat();
  const x = d3.scaleLog().domain(logDomain(all.map((d) => d.tokens)));
  const y = d3.scaleLog().domain(logDomain(all.map((d) => d.output)));
  ps.forEach((p, i) => {
    x.range([0, p.width]);
    y.range([p.height, 0]);
    const ds = devs[i];
    const sorted = ds.map((d) => d.tokens).sort((a, b) => a - b);
    const median = d3.quantileSorted(sorted, 0.5);
    const topMin = d3.min(ds.filter((d) => d.top), (d) => d.tokens);
    if (topMin !== undefined) {
      p.g.append("rect").attr("x", x(topMin)).attr("y", 0).attr("width", Math.max(0, p.width - x(topMin))).attr("height", p.height).attr("fill", "#f2f2f2");
    }
    axes(p.g, { x, y, width: p.width, height: p.height, xFormat: short, yFormat: short, xLabel: "Tokens per week (log scale)", yLabel: "Output per week (log)", xTicks: 5, yTicks: 4 });
    if (median !== undefined) {
      p.g.append("line").attr("x1", x(median)).attr("x2", x(median)).attr("y1", 0).attr("y2", p.height).attr("stroke", KEY).attr("stroke-dasharray", "5,3")
        .append("title").text(`median: ${short(median)} tokens per week`);
    }
    // Points: one group per level (fill set once), every k-th developer by index; each says who it is.
    const step = steps[i];
    for (const level of levels) {
      const g = p.g.append("g").attr("fill", LEVEL_COLORS[level] ?? OTHER_COLOR).attr("fill-opacity", 0.6);
      for (let k = 0; k < ds.length; k += step) {
        const d = ds[k];
        if (d.level !== level) continue;
        const c = g.append("circle").attr("cx", x(d.tokens)).attr("cy", y(d.output)).attr("r", 2);
        if (d.top) c.attr("stroke", INK).attr("stroke-width", 0.6);
        c.append("title").text(`${d.level}: ${short(d.tokens)} tokens, ${d.output.toPrecision(2)} output`);
      }
    }
    if (topMin !== undefined) f.label(p.g, p.width - 4, p.height - 6, "top 10%", { maxWidth: p.width, maxLines: 1, anchor: "end", fill: MUTED });
    annotate(f, p.g, p.width, arms[i], t);
  });
  return f.finish(bottom + 4);
}

/** The measured ratios of summary.csv in the panel's top left corner, on a white box so points stay behind. */
function annotate(f: Frame, g: G, width: number, arm: string, t: RunTables): void {
  const m = (c: string) => times(summaryMean(t, arm, c));
  const lines = [
    `top 10% vs median: ${m("top_decile_token_ratio")} tokens, ${m("top_decile_output_ratio")} output`,
    `output: ${m("top_decile_output_ratio_causal")} causal × ${m("top_decile_output_ratio_selection")} selection`,
  ];
  const box = g.append("g").attr("transform", "translate(6,6)");
  const rect = box.append("rect").attr("fill", "#ffffff").attr("fill-opacity", 0.85).attr("stroke", "#cccccc");
  let yy = 4, w = 0;
  for (const l of lines) {
    const d = f.label(box, 6, yy, l, { maxWidth: width - 24, maxLines: 2, fontSize: 10.5, align: "top" });
    yy += d.height + 2;
    w = Math.max(w, d.width);
  }
  rect.attr("width", w + 12).attr("height", yy + 3);
}

function logDomain(v: number[]): [number, number] {
  const pos = v.filter((x) => x > 0 && Number.isFinite(x));
  if (pos.length === 0) return [1, 10];
  let lo = d3.min(pos)!;
  let hi = d3.max(pos)!;
  if (hi / lo < 10) {
    const mid = Math.sqrt(lo * hi);
    lo = mid / Math.sqrt(10);
    hi = mid * Math.sqrt(10);
  }
  // 5% of the log range as padding, then out to the nearest power of ten's 1, 2 or 5.
  const pad = (Math.log10(hi) - Math.log10(lo)) * 0.05;
  return [10 ** (Math.log10(lo) - pad), 10 ** (Math.log10(hi) + pad)];
}

function rank(level: string): number {
  const i = ["junior", "mid", "senior", "staff"].indexOf(level);
  return i < 0 ? 99 : i;
}

function ordinal(k: number): string {
  const s = k % 100 >= 11 && k % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][k % 10] ?? "th";
  return `${k}${s}`;
}

/** One sentence: the first arm's headline ratios taken apart. */
export function tokensVsOutputFinding(t: RunTables): string {
  const arm = armNames(t)[0];
  if (arm === undefined) return "";
  const m = (c: string) => times(summaryMean(t, arm, c));
  return `In ${arm}, the top 10% of active users use ${m("top_decile_token_ratio")} the median's tokens for ${m("top_decile_output_ratio")} the output: ` +
    `${m("top_decile_output_ratio_causal")} from what AI adds, ${m("top_decile_output_ratio_selection")} from who they are.`;
}
