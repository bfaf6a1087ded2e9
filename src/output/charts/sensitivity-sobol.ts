// sensitivity-sobol-<metric>.svg: variance-based sensitivity. One panel per arm; for each parameter, its
// first-order index S1 (the share of the metric's variance it explains alone, blue) and total-order index ST
// (alone and through interactions, orange), with bootstrap 95% whiskers; largest ST on top.
import type { SobolIndex } from "../../stats/sensitivity-estimators.js";
import { pct } from "./format.js";
import { frame, WIDTH } from "./frame.js";
import { legend } from "./legend.js";
import { OKABE_ITO } from "./palette.js";
import { hbarPanels, metricLabel } from "./sensitivity-common.js";

export interface SobolArm {
  arm: string;
  indices: { parameter: string; index: SobolIndex }[];
}

export function sobolChart(scenario: string, metric: string, samples: number, arms: readonly SobolArm[]): string {
  const f = frame({
    title: `Which assumptions decide ${metricLabel(metric)}: Sobol indices`,
    desc: `Bar chart, one panel per arm: for each parameter, the first-order Sobol index (blue) and the total-order index (orange) of ` +
      `${metricLabel(metric)} as a share of its variance over the parameters' plausible ranges, with bootstrap 95% interval whiskers; largest total order first.`,
    subtitle: `${scenario}: Saltelli design, N = ${samples} base samples; whiskers = bootstrap 95% intervals`,
  });
  const lh = legend(f, f.svg, 24, f.top + 8, WIDTH - 40, [
    { label: "S1: first order (alone)", color: OKABE_ITO.blue, kind: "rect" },
    { label: "ST: total order (alone + interactions)", color: OKABE_ITO.orange, kind: "rect" },
  ]);
  const panels = arms.map((a) => ({
    title: a.arm,
    rows: a.indices.slice().sort((p, q) => q.index.ST - p.index.ST).map((e) => ({
      label: e.parameter,
      bars: [
        { from: 0, to: e.index.S1, color: OKABE_ITO.blue, whisker: [e.index.S1Ci.low, e.index.S1Ci.high] as [number, number] },
        { from: 0, to: e.index.ST, color: OKABE_ITO.orange, whisker: [e.index.STCi.low, e.index.STCi.high] as [number, number] },
      ],
    })),
  }));
  // Shares of variance: 0 to 100%, widened for estimates and whiskers beyond (noise), at most to -50% and 150%.
  const all = arms.flatMap((a) => a.indices.flatMap((e) => [e.index.S1Ci.low, e.index.S1Ci.high, e.index.STCi.low, e.index.STCi.high, e.index.S1, e.index.ST]));
  const domain: [number, number] = [Math.max(-0.5, Math.min(0, ...all)), Math.min(1.5, Math.max(1, ...all))];
  const bottom = hbarPanels(f, f.top + lh + 8, WIDTH, panels, { xFormat: pct, xLabel: `Share of the variance of ${metricLabel(metric)}`, refLine: () => 0, domain });
  return f.finish(bottom);
}
