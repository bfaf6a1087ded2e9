// policy-frontier.svg: what each arm costs (total USD, x) against what it buys (output gain in output units, y),
// one point per arm; with several replicates, the mean and a 95% interval (mean ± 1.96·sd/√n) on both axes.
import * as d3 from "d3";
import type { RunTables } from "../tables.js";
import { armKey, armNames, summaryInterval, summaryMean } from "./data.js";
import { frame, WIDTH } from "./frame.js";
import { short, usd } from "./format.js";
import { frontierPanel, type FrontierPoint } from "./frontier.js";
import { panels } from "./layout.js";
import { legend } from "./legend.js";
import { armColor, armSymbol } from "./palette.js";

export function policyFrontierChart(t: RunTables): string {
  const arms = armNames(t);
  const pts = arms.map((arm, i) => ({ arm, i, cost: summaryInterval(t, arm, "cost_usd"), gain: summaryInterval(t, arm, "output_gain") }))
    .filter((p) => Number.isFinite(p.cost.mean) && Number.isFinite(p.gain.mean));
  const reps = d3.max(pts, (p) => p.cost.n) ?? 0;
  const f = frame({
    title: "Policy frontier: cost against output gain",
    desc: "Scatter plot, one point per arm: total cost over the run in US dollars (x) against total output gain over the run in output units (y)" +
      (reps > 1 ? ", mean of replicates with 95% interval whiskers on both axes." : "."),
    subtitle: `${t.manifest.scenario.name}: up and to the left is better` + (reps > 1 ? `; mean of ${reps} replicates, whiskers = 95% interval` : "; one replicate, so no interval"),
  });
  if (reps <= 1) f.note("One replicate: no interval is drawn, so small differences may be noise; `tokensim compare` gives intervals over replicates.");
  const lh = legend(f, f.svg, 24, f.top + 8, WIDTH - 40, pts.map((p) => ({
    label: `${p.arm} (${usd(p.cost.mean)}, +${short(p.gain.mean)})`, color: armColor(p.i), kind: "dot" as const, symbol: armSymbol(p.i), keys: [armKey(p.i)],
  })));
  const { panels: [p], bottom } = panels(f, 1, f.top + lh, WIDTH, 380, [""]);
  const points: FrontierPoint[] = pts.map((q) => ({
    key: armKey(q.i), name: q.arm, color: armColor(q.i), symbol: armSymbol(q.i),
    cost: { mean: q.cost.mean, low: q.cost.mean - q.cost.half, high: q.cost.mean + q.cost.half },
    gain: { mean: q.gain.mean, low: q.gain.mean - q.gain.half, high: q.gain.mean + q.gain.half },
  }));
  frontierPanel(f, p, points, {
    xLabel: "Total cost over the run (USD)", yLabel: "Output gain (output units)", xFormat: usd, yFormat: short,
    describe: (q) => `${q.name}: cost ${usd(q.cost.mean)}` + (q.cost.high > q.cost.low ? ` [${usd(q.cost.low)}, ${usd(q.cost.high)}]` : "") +
      `, output gain ${short(q.gain.mean)}` + (q.gain.high > q.gain.low ? ` [${short(q.gain.low)}, ${short(q.gain.high)}]` : ""),
  });
  return f.finish(bottom + 4);
}

/** One sentence: which arm buys the most and the least output gain per $1k. */
export function policyFrontierFinding(t: RunTables): string {
  const arms = armNames(t);
  const per = arms.map((a) => summaryMean(t, a, "output_gain_per_1k_usd"));
  const hi = d3.maxIndex(per), lo = d3.minIndex(per);
  if (hi < 0) return "";
  const reps = t.manifest.replicates;
  return (arms.length === 1 ? `${arms[0]} buys ${per[0].toFixed(3)} output units per $1k.` :
    `${arms[hi]} buys the most output gain per $1k, ${per[hi].toFixed(3)} units; ${arms[lo]} the least, ${per[lo].toFixed(3)}.`) +
    (reps <= 1 ? " One replicate: the compare report says which differences exceed the noise." : "");
}
