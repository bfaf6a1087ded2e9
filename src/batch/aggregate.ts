// Per-replicate summary rows -> one row per (scenario, arm): mean and 95% interval of each headline metric,
// and the paired difference against the baseline arm (replicate i of both arms shares its draws, so the
// paired difference carries little noise: common random numbers).
import { UserError } from "../errors.js";
import type { Row } from "../output/rows.js";
import { meanInterval } from "../stats/interval.js";

/** Metrics compared across arms; every one is a summary.csv column. */
export const COMPARE_METRICS = [
  "cost_usd", "output", "output_gain", "productivity_gain", "cost_per_output", "output_gain_per_1k_usd",
  "net_value_usd", "roi", "tokens_total", "tokens_wasted", "waste_share", "top_decile_token_ratio",
  "top_decile_output_ratio", "top_decile_output_ratio_causal", "top_decile_output_ratio_selection",
  "active_share_measured", "active_share_genuine", "active_share_gap", "median_cost_per_active_day_usd",
] as const;

export interface ArmKey {
  scenario: string;
  arm: string;
}

/** The baseline arm of each scenario: `baseline` if given (it must exist in every scenario), else the first arm. */
export function baselines(armsByScenario: ReadonlyMap<string, readonly string[]>, baseline: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [scenario, arms] of armsByScenario) {
    if (baseline !== undefined && !arms.includes(baseline)) {
      throw new UserError(`--baseline: scenario "${scenario}" has no arm "${baseline}" (its arms: ${arms.join(", ")})`);
    }
    out.set(scenario, baseline ?? arms[0]);
  }
  return out;
}

interface Stat {
  mean: number;
  low: number;
  high: number;
}

export interface ComparedArm extends ArmKey {
  replicates: number;
  baseline: string;
  metrics: Record<string, Stat>;
  diffs: Record<string, Stat>;
}

/** Rows must carry scenario, arm, replicate and every metric; order of output follows first appearance. */
export function compareArms(rows: readonly Row[], armsByScenario: ReadonlyMap<string, readonly string[]>, baseline: string | undefined): ComparedArm[] {
  const base = baselines(armsByScenario, baseline);
  const groups = new Map<string, Map<number, Row>>();
  for (const row of rows) {
    const key = `${row.scenario}\u0000${row.arm}`;
    if (!groups.has(key)) groups.set(key, new Map());
    groups.get(key)!.set(row.replicate as number, row);
  }
  const out: ComparedArm[] = [];
  for (const [scenario, arms] of armsByScenario) {
    const baseRows = groups.get(`${scenario}\u0000${base.get(scenario)}`) ?? new Map<number, Row>();
    for (const arm of arms) {
      const reps = groups.get(`${scenario}\u0000${arm}`) ?? new Map<number, Row>();
      const replicateIds = [...reps.keys()].sort((a, b) => a - b);
      const metrics: Record<string, Stat> = {};
      const diffs: Record<string, Stat> = {};
      for (const m of COMPARE_METRICS) {
        const values = replicateIds.map((r) => reps.get(r)![m] as number);
        const i = meanInterval(values);
        metrics[m] = { mean: i.mean, low: i.low, high: i.high };
        const paired = replicateIds.filter((r) => baseRows.has(r)).map((r) => (reps.get(r)![m] as number) - (baseRows.get(r)![m] as number));
        const d = meanInterval(paired);
        diffs[m] = { mean: d.mean, low: d.low, high: d.high };
      }
      out.push({ scenario, arm, replicates: replicateIds.length, baseline: base.get(scenario)!, metrics, diffs });
    }
  }
  return out;
}

export function compareWideRows(compared: readonly ComparedArm[]): { columns: string[]; rows: Row[] } {
  const columns = ["scenario", "arm", "replicates", "baseline"];
  for (const m of COMPARE_METRICS) columns.push(`${m}_mean`, `${m}_ci_low`, `${m}_ci_high`);
  for (const m of COMPARE_METRICS) columns.push(`${m}_diff_mean`, `${m}_diff_ci_low`, `${m}_diff_ci_high`);
  const rows = compared.map((c) => {
    const row: Row = { scenario: c.scenario, arm: c.arm, replicates: c.replicates, baseline: c.baseline };
    for (const m of COMPARE_METRICS) {
      row[`${m}_mean`] = c.metrics[m].mean;
      row[`${m}_ci_low`] = c.metrics[m].low;
      row[`${m}_ci_high`] = c.metrics[m].high;
    }
    for (const m of COMPARE_METRICS) {
      row[`${m}_diff_mean`] = c.diffs[m].mean;
      row[`${m}_diff_ci_low`] = c.diffs[m].low;
      row[`${m}_diff_ci_high`] = c.diffs[m].high;
    }
    return row;
  });
  return { columns, rows };
}

export const COMPARE_LONG_COLUMNS = ["scenario", "arm", "baseline", "metric", "replicates", "mean", "ci_low", "ci_high", "diff_mean", "diff_ci_low", "diff_ci_high"];

export function compareLongRows(compared: readonly ComparedArm[]): Row[] {
  return compared.flatMap((c) =>
    COMPARE_METRICS.map((m) => ({
      scenario: c.scenario, arm: c.arm, baseline: c.baseline, metric: m, replicates: c.replicates,
      mean: c.metrics[m].mean, ci_low: c.metrics[m].low, ci_high: c.metrics[m].high,
      diff_mean: c.diffs[m].mean, diff_ci_low: c.diffs[m].low, diff_ci_high: c.diffs[m].high,
    })),
  );
}
