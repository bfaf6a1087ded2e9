// What the compare report says of each metric of compare.csv: its name in words, which way is better (or
// neither, for descriptive ratios), the phrase its verdict uses, and how its values and differences are written.
import { pct, short, usd } from "../charts/format.js";

export type Better = "higher" | "lower" | null;
type Kind = "usd" | "usd2" | "units" | "per1k" | "share" | "ratio" | "tokens";

export interface MetricInfo {
  label: string;
  better: Better;
  /** The verdict's phrase for the leader: "gives the most output per $1k". */
  lead: string;
  kind: Kind;
}

export const COMPARE_METRIC_INFO: Record<string, MetricInfo> = {
  output_gain_per_1k_usd: { label: "output gain per $1k", better: "higher", lead: "gives the most output per $1k", kind: "per1k" },
  net_value_usd: { label: "net value", better: "higher", lead: "gives the highest net value", kind: "usd" },
  output_gain: { label: "output gain", better: "higher", lead: "gives the largest output gain", kind: "units" },
  cost_usd: { label: "cost", better: "lower", lead: "costs least", kind: "usd" },
  cost_per_output: { label: "cost per output unit", better: "lower", lead: "has the lowest cost per output unit", kind: "usd2" },
  roi: { label: "ROI", better: "higher", lead: "has the highest ROI", kind: "ratio" },
  productivity_gain: { label: "productivity gain", better: "higher", lead: "has the largest productivity gain", kind: "share" },
  waste_share: { label: "waste share", better: "lower", lead: "wastes the smallest share of its tokens", kind: "share" },
  active_share_gap: { label: "dashboard gap (measured − genuine active share)", better: "lower", lead: "has the smallest gap between dashboard and genuine use", kind: "share" },
  output: { label: "output", better: "higher", lead: "produces the most output", kind: "units" },
  tokens_total: { label: "tokens", better: null, lead: "uses the most tokens", kind: "tokens" },
  tokens_wasted: { label: "wasted tokens", better: "lower", lead: "wastes the fewest tokens", kind: "tokens" },
  top_decile_token_ratio: { label: "top-decile token ratio", better: null, lead: "has the highest top-decile token ratio", kind: "ratio" },
  top_decile_output_ratio: { label: "top-decile output ratio", better: null, lead: "has the highest top-decile output ratio", kind: "ratio" },
  top_decile_output_ratio_causal: { label: "top-decile output ratio, causal part", better: null, lead: "has the highest causal part of the output ratio", kind: "ratio" },
  top_decile_output_ratio_selection: { label: "top-decile output ratio, selection part", better: null, lead: "has the highest selection part of the output ratio", kind: "ratio" },
  active_share_measured: { label: "measured active share", better: null, lead: "has the highest measured active share", kind: "share" },
  active_share_genuine: { label: "genuine active share", better: null, lead: "has the highest genuine active share", kind: "share" },
  median_cost_per_active_day_usd: { label: "median cost per active day", better: null, lead: "has the highest median cost per active day", kind: "usd2" },
};

/** The metrics whose verdicts lead each scenario's section, in this order. */
export const DECISION_METRICS = ["output_gain_per_1k_usd", "net_value_usd", "output_gain", "cost_usd", "waste_share", "active_share_gap"] as const;

export function metricInfo(metric: string): MetricInfo {
  return COMPARE_METRIC_INFO[metric] ?? { label: metric.replace(/_/g, " "), better: null, lead: `has the highest ${metric.replace(/_/g, " ")}`, kind: "units" };
}

const sig = (x: number, digits: number) => String(Number(x.toPrecision(digits)));

/** A value of `metric`: "$24.8M", "0.0281", "45%", "1.37×". */
export function formatValue(metric: string, v: number): string {
  if (!Number.isFinite(v)) return "–";
  switch (metricInfo(metric).kind) {
    case "usd": return usd(v);
    case "usd2": return `${v < 0 ? "-" : ""}$${Math.abs(v) >= 100 ? short(Math.abs(v)) : Math.abs(v).toFixed(2)}`;
    case "per1k": return sig(v, 3);
    case "share": return pct(v);
    case "ratio": return `${v.toFixed(2)}×`;
    case "tokens": return short(v);
    case "units": return short(v);
  }
}

/** A difference in `metric`, signed: "+$1.2M", "−0.0123", "+3.7 pts" (shares in percentage points). */
export function formatDiff(metric: string, d: number): string {
  if (!Number.isFinite(d)) return "–";
  const sign = d > 0 ? "+" : d < 0 ? "−" : "±";
  const a = Math.abs(d);
  switch (metricInfo(metric).kind) {
    case "share": return `${sign}${sig(a * 100, 2)} pts`;
    case "ratio": return `${sign}${a.toFixed(2)}×`;
    case "per1k": return `${sign}${sig(a, 2)}`;
    default: return `${sign}${formatValue(metric, a)}`;
  }
}
