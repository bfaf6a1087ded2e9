// A published target beside its simulated value, as the validation section, calibration.csv and calibration.svg
// show it (the comparison itself is calibrate/validation.ts's), and how each unit of metric is written.
import { pct, short } from "./charts/format.js";

/** The unit of a calibration metric, for tables and charts. */
export type MetricUnit = "ratio" | "share" | "tokens/week" | "USD/active day" | "hours/week";

/** One target against a simulated value. */
export interface Comparison {
  id: string;
  definition: string;
  metric: string;
  metricLabel: string;
  unit: MetricUnit;
  published: number;
  tolerance: number;
  weight: number;
  source: string;
  trust: string;
  /** Mean over replicates (NaN when not measured), its 95% interval and (simulated − published) / tolerance. */
  simulated: number;
  ciLow: number;
  ciHigh: number;
  error: number;
  /** Replicates (or estimates) behind `simulated`. */
  n: number;
  /** How it was measured, or why not. */
  note: string;
}

/** A metric's value as tables and charts write it; "–" for a value that was not measured. */
export function formatMetricValue(unit: MetricUnit, v: number): string {
  if (!Number.isFinite(v)) return "–";
  switch (unit) {
    case "ratio": return `${v >= 10 ? v.toFixed(1) : v.toFixed(2)}×`;
    case "share": return pct(v);
    case "tokens/week": return `${short(v)}/wk`;
    case "USD/active day": return `$${v.toFixed(2)}`;
    case "hours/week": return `${v.toFixed(1)} h/wk`;
  }
}
