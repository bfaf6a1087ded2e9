// sensitivity-tornado-<metric>.svg: one-at-a-time sensitivity. One panel per arm; for each parameter, a bar
// from the metric at the scenario's own values (the vertical line) to the metric with that parameter at the
// low end of its range (blue) and at the high end (orange); the widest swings on top.
import type { OatEffect } from "../../stats/sensitivity-estimators.js";
import { frame, WIDTH } from "./frame.js";
import { legend } from "./legend.js";
import { OKABE_ITO } from "./palette.js";
import { hbarPanels, metricFormat, metricLabel } from "./sensitivity-common.js";

export interface TornadoArm {
  arm: string;
  base: number;
  effects: { parameter: string; low: number; high: number; effect: OatEffect }[];
}

export function tornadoChart(scenario: string, metric: string, arms: readonly TornadoArm[]): string {
  const fmt = metricFormat(metric);
  const f = frame({
    title: `What moves ${metricLabel(metric)}: one parameter at a time`,
    desc: `Tornado chart, one panel per arm: for each parameter, horizontal bars from the ${metricLabel(metric)} at the scenario's own values ` +
      `to its value with the parameter at the low end (blue) and high end (orange) of its plausible range, the others unchanged; largest swing first.`,
    subtitle: `${scenario}: line = the scenario as written; blue = low end, orange = high end of the range`,
  });
  const lh = legend(f, f.svg, 24, f.top + 8, WIDTH - 40, [
    { label: "parameter at its low end", color: OKABE_ITO.blue, kind: "rect" },
    { label: "parameter at its high end", color: OKABE_ITO.orange, kind: "rect" },
  ]);
  const panels = arms.map((a) => ({
    title: a.arm,
    rows: a.effects.slice().sort((p, q) => q.effect.swing - p.effect.swing).map((e) => ({
      label: `${e.parameter} (${short(e.low)}–${short(e.high)})`,
      bars: [
        { from: a.base, to: e.effect.atLow, color: OKABE_ITO.blue },
        { from: a.base, to: e.effect.atHigh, color: OKABE_ITO.orange },
      ],
    })),
  }));
  const bottom = hbarPanels(f, f.top + lh + 8, WIDTH, panels, { xFormat: fmt, xLabel: metricLabel(metric), refLine: (i) => arms[i].base });
  return f.finish(bottom);
}

function short(x: number): string {
  return String(Number(x.toPrecision(3)));
}
