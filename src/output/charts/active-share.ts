// active-share.svg: weekly-active share of developers as a dashboard measures it (solid) and as genuine use
// (dashed), one small multiple per arm on a shared 0-100% axis, the gap between them shaded: activity a quota
// or leaderboard manufactures. An arm with an adoption quota has its target drawn as a reference line.
import * as d3 from "d3";
import type { RunTables } from "../tables.js";
import { armKey, armNames, armPolicies, replicateNote, weekly } from "./data.js";
import { frame, WIDTH } from "./frame.js";
import { list, pct } from "./format.js";
import { panels } from "./layout.js";
import { legend } from "./legend.js";
import { hoverColumns, linePlot, type RefLine } from "./lines.js";
import { armColor, KEY } from "./palette.js";

export function activeShareChart(t: RunTables): string {
  const arms = armNames(t);
  const data = arms.map((arm) => weekly(t, arm, ["active_share_measured", "active_share_genuine"]));
  const f = frame({
    title: "Weekly-active share: measured vs genuine",
    desc: "Small multiples, one per arm: share of developers active each week as the dashboard measures it (solid line) and counting only genuine use " +
      "(dashed line), against week, on a shared 0-100% axis; the shaded gap is activity the dashboard counts but nobody needed. Dotted lines: quota targets.",
    subtitle: `${t.manifest.scenario.name}: shaded gap = activity the dashboard counts but nobody needed${replicateNote(t)}`,
  });
  const lh = legend(f, f.svg, 24, f.top + 8, WIDTH - 40, [
    { label: "measured (what the dashboard shows)", color: KEY, kind: "line" },
    { label: "genuine (useful tokens alone)", color: KEY, kind: "dash" },
    { label: "quota target", color: KEY, kind: "line", dash: "1,3" },
  ]);
  const gaps = data.map((w) => d3.mean(w, (p) => p.values.active_share_measured - p.values.active_share_genuine) ?? 0);
  const titles = arms.map((a, i) => `${a} (gap ${pct(gaps[i])})`);
  const cols = Math.min(arms.length, 3);
  const { panels: ps, bottom } = panels(f, arms.length, f.top + lh, WIDTH, cols === 1 ? 340 : 250, titles);
  ps.forEach((p, i) => {
    const w = data[i];
    const weeks = w.map((q) => q.week);
    const x = d3.scaleLinear().domain(weeks.length ? (d3.extent(weeks) as [number, number]) : [0, 1]).range([0, p.width]);
    if (x.domain()[0] === x.domain()[1]) x.domain([x.domain()[0] - 1, x.domain()[0] + 1]);
    const y = d3.scaleLinear().domain([0, 1]).range([p.height, 0]);
    const area = d3.area<(typeof w)[0]>().x((d) => x(d.week)).y0((d) => y(d.values.active_share_genuine)).y1((d) => y(d.values.active_share_measured)).digits(2);
    p.g.append("path").attr("class", "series gap").attr("d", area(w) ?? "").attr("fill", armColor(i)).attr("fill-opacity", 0.18);
    const key = [armKey(i)];
    const refLines: RefLine[] = armPolicies(t, arms[i]).filter((q) => q.type === "adoption-quota" && typeof q.target === "number" && q.target > 0)
      .map((q) => ({ points: [[x.domain()[0], q.target as number], [x.domain()[1], q.target as number]], label: `target ${pct(q.target as number)}` }));
    linePlot({
      f, g: p.g, width: p.width, height: p.height, labelRoom: 0, x, y, xLabel: "Week", yLabel: "Developers active (%)", yFormat: pct, xTicks: 4, yTicks: 5, refLines,
      series: [
        { keys: key, names: [`${arms[i]}, genuine`], color: armColor(i), dash: "5,3", width: 1.8, points: w.map((q) => [q.week, q.values.active_share_genuine]) },
        { keys: key, names: [`${arms[i]}, measured`], color: armColor(i), dash: null, points: w.map((q) => [q.week, q.values.active_share_measured]) },
      ],
    });
    hoverColumns(p.g, x, p.height, w.map((q) => ({
      x: q.week,
      lines: [`${arms[i]}, week ${q.week}`, `measured: ${pct(q.values.active_share_measured)}`, `genuine: ${pct(q.values.active_share_genuine)}`],
    })));
  });
  return f.finish(bottom + 4);
}

/** One sentence: where the dashboard overstates genuine use most, and where it does not. */
export function activeShareFinding(t: RunTables): string {
  const arms = armNames(t);
  const gaps = arms.map((arm) => d3.mean(weekly(t, arm, ["active_share_measured", "active_share_genuine"]), (p) => p.values.active_share_measured - p.values.active_share_genuine) ?? 0);
  const hi = d3.maxIndex(gaps);
  const honest = arms.filter((_, i) => gaps[i] < 0.005);
  if (hi < 0 || gaps[hi] < 0.005) return "In every arm the dashboard's active share is genuine use (gap under half a point).";
  return `The dashboard overstates genuine use most in ${arms[hi]}: by ${(gaps[hi] * 100).toFixed(1)} points of the workforce on average` +
    (honest.length ? `; in ${list(honest)} it shows genuine use.` : ".");
}
