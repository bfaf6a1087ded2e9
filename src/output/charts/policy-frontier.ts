// policy-frontier.svg: what each arm costs (total USD, x) against what it buys (output gain in output units, y),
// one point per arm; with several replicates, the mean and a 95% interval (mean ± 1.96·sd/√n) on both axes.
import * as d3 from "d3";
import type { RunTables } from "../tables.js";
import { axes } from "./axes.js";
import { armNames, summaryInterval } from "./data.js";
import { frame, WIDTH } from "./frame.js";
import { short, usd } from "./format.js";
import { panels } from "./layout.js";
import { legend } from "./legend.js";
import { armColor } from "./palette.js";

export function policyFrontierChart(t: RunTables): string {
  const arms = armNames(t);
  const pts = arms.map((arm, i) => ({ arm, i, cost: summaryInterval(t, arm, "cost_usd"), gain: summaryInterval(t, arm, "output_gain") }))
    .filter((p) => Number.isFinite(p.cost.mean) && Number.isFinite(p.gain.mean));
  const reps = d3.max(pts, (p) => p.cost.n) ?? 0;
  const f = frame({
    title: "Policy frontier: cost against output gain",
    desc: "Scatter plot, one point per arm: total cost over the run in US dollars (x) against total output gain over the run in output units (y)" +
      (reps > 1 ? ", mean of replicates with 95% interval whiskers on both axes." : "."),
    subtitle: `${t.manifest.scenario.name}: up and to the left is better` + (reps > 1 ? `; mean of ${reps} replicates, whiskers = 95% interval` : ""),
  });
  const lh = legend(f.svg, 24, f.top + 8, WIDTH - 40, pts.map((p) => ({ label: `${p.arm} (${usd(p.cost.mean)}, +${short(p.gain.mean)})`, color: armColor(p.i), kind: "dot" as const })));
  const { panels: [p], bottom } = panels(f.svg, 1, f.top + lh, WIDTH, 380, [""]);
  const xs = pts.flatMap((q) => [q.cost.mean - q.cost.half, q.cost.mean + q.cost.half]);
  const ys = pts.flatMap((q) => [q.gain.mean - q.gain.half, q.gain.mean + q.gain.half, 0]);
  const x = d3.scaleLinear().domain(pad(xs, true)).nice().range([0, p.width]);
  const y = d3.scaleLinear().domain(pad(ys, false)).nice().range([p.height, 0]);
  axes(p.g, { x, y, width: p.width, height: p.height, xFormat: usd, yFormat: short, xLabel: "Total cost over the run (USD)", yLabel: "Output gain (output units)" });
  for (const q of pts) {
    const g = p.g.append("g").attr("stroke", armColor(q.i)).attr("fill", armColor(q.i));
    if (q.cost.half > 0) g.append("line").attr("x1", x(q.cost.mean - q.cost.half)).attr("x2", x(q.cost.mean + q.cost.half)).attr("y1", y(q.gain.mean)).attr("y2", y(q.gain.mean)).attr("stroke-width", 1.5);
    if (q.gain.half > 0) g.append("line").attr("y1", y(q.gain.mean - q.gain.half)).attr("y2", y(q.gain.mean + q.gain.half)).attr("x1", x(q.cost.mean)).attr("x2", x(q.cost.mean)).attr("stroke-width", 1.5);
    g.append("circle").attr("cx", x(q.cost.mean)).attr("cy", y(q.gain.mean)).attr("r", 6).attr("fill-opacity", 0.85).attr("stroke", "#ffffff").attr("stroke-width", 1.5);
  }
  return f.finish(bottom + 4);
}

/** A domain around the values with 8% padding (cost starts at 0 when the spread is wide). */
function pad(v: number[], fromZero: boolean): [number, number] {
  if (v.length === 0) return [0, 1];
  let lo = d3.min(v)!;
  let hi = d3.max(v)!;
  if (fromZero && lo > 0 && lo < (hi - lo) * 2) lo = 0;
  const span = hi - lo || Math.abs(hi) || 1;
  return [lo - span * 0.08, hi + span * 0.08];
}
