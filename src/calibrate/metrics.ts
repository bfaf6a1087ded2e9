// The figures tokensim compares with published ones: each target of a targets file names one of these metrics.
// Every metric is measured in one arm of a run: the organic arm (the first arm with no policy) or, for the
// quota metric, an arm under an 80% adoption quota. The calibrator adds either arm to a scenario that lacks it.
//
// The same definitions work on a full run in memory (calibration) and on a run's tables (validation of
// `tokensim run --targets`); from tables, metrics that need every developer (team adoption, causal gain) are
// estimated from the chart sample of developers.csv (replicate 0, every k-th developer).
import type { RunResult } from "../model/simulate.js";
import { mergedPerAuthored } from "../model/headline.js";
import type { MetricUnit } from "../output/comparison.js";
import { summaryRows, type Row } from "../output/rows.js";
import type { RunTables } from "../output/tables.js";

export interface MetricInfo {
  /** What the metric is, in one sentence. */
  description: string;
  /** Unit for tables and charts. */
  unit: MetricUnit;
  /** The arm it is measured in. */
  arm: "organic" | "quota";
  /** Summary column holding it (per replicate), when there is one. */
  summaryColumn?: string;
}

export const METRICS = {
  top_decile_token_ratio: {
    description: "mean weekly tokens of the top decile of active users ÷ the median active user's weekly tokens",
    unit: "ratio", arm: "organic", summaryColumn: "top_decile_token_ratio",
  },
  top_decile_output_ratio: {
    description: "mean weekly output of the top decile (by tokens) ÷ that of the median band of active users (observed)",
    unit: "ratio", arm: "organic", summaryColumn: "top_decile_output_ratio",
  },
  top_decile_output_ratio_causal: {
    description: "the causal part of the top decile's output ratio (AI's doing)",
    unit: "ratio", arm: "organic", summaryColumn: "top_decile_output_ratio_causal",
  },
  top_decile_output_ratio_selection: {
    description: "the selection part of the top decile's output ratio (who they are)",
    unit: "ratio", arm: "organic", summaryColumn: "top_decile_output_ratio_selection",
  },
  median_tokens_per_week: {
    description: "median weekly tokens of active users over the measurement window",
    unit: "tokens/week", arm: "organic", summaryColumn: "median_tokens_per_week",
  },
  top_decile_tokens_per_week: {
    description: "mean weekly tokens of the top decile of active users",
    unit: "tokens/week", arm: "organic", summaryColumn: "top_decile_tokens_per_week",
  },
  median_cost_per_active_day_usd: {
    description: "median over active users of token cost per active day",
    unit: "USD/active day", arm: "organic", summaryColumn: "median_cost_per_active_day_usd",
  },
  active_share_measured: {
    description: "share of developers weekly active on the dashboard, mean over the window (organic arm)",
    unit: "share", arm: "organic", summaryColumn: "active_share_measured",
  },
  causal_gain_active: {
    description: "relative output gain from AI among developers active in the window: Σ(Y − Y0) / ΣY0",
    unit: "share", arm: "organic",
  },
  team_adoption_output_ratio: {
    description: "team output per engineer at 100% vs 0% of the team active: exp(slope) of ln(team output per engineer) on the team's active share, over teams",
    unit: "ratio", arm: "organic",
  },
  quota_active_share_measured: {
    description: "measured weekly-active share under an 80% adoption quota, mean over the window",
    unit: "share", arm: "quota", summaryColumn: "active_share_measured",
  },
  top_decile_merged_output_ratio: {
    description: "mean weekly merged change of the top decile (by tokens) ÷ that of the median band of active users",
    unit: "ratio", arm: "organic", summaryColumn: "top_decile_merged_output_ratio",
  },
  team_adoption_merged_ratio: {
    description: "team merged change per engineer at 100% vs 0% of the team active: exp(slope) of ln(team merged change per engineer) on the team's active share, over teams",
    unit: "ratio", arm: "organic",
  },
  ai_user_change_size_ratio: {
    description: "size of active AI users' change per output unit ÷ that of human-written change, over the window",
    unit: "ratio", arm: "organic", summaryColumn: "ai_user_change_size_ratio",
  },
  ai_user_defect_ratio: {
    description: "defects per output unit of active AI users' change ÷ those of human-written change, over the window",
    unit: "ratio", arm: "organic", summaryColumn: "ai_user_defect_ratio",
  },
  incidents_per_change_elasticity: {
    description: "ln(change failure rate with AI ÷ without) ÷ ln(merged change with AI ÷ without), over the window: how fast failures per change grow with throughput",
    unit: "ratio", arm: "organic", summaryColumn: "incidents_per_change_elasticity",
  },
  churn_hours_ratio: {
    description: "churn hours per size unit merged, with AI ÷ without, over the window",
    unit: "ratio", arm: "organic", summaryColumn: "churn_hours_ratio",
  },
  perceived_hours_saved: {
    description: "hours a week active users feel AI saves them, mean over the window",
    unit: "hours/week", arm: "organic", summaryColumn: "perceived_hours_saved",
  },
} as const satisfies Record<string, MetricInfo>;

export type MetricName = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

export function isMetric(name: string): name is MetricName {
  return Object.prototype.hasOwnProperty.call(METRICS, name);
}

/** The quota the quota metric is measured under. */
export const QUOTA_TARGET = 0.8;

interface ArmLike {
  name: string;
  policies: readonly { type: string; target?: unknown }[];
}

/** Index of the organic arm (first arm with no policy but "none"), or -1. */
export function organicArmIndex(arms: readonly ArmLike[]): number {
  return arms.findIndex((a) => a.policies.every((p) => p.type === "none"));
}

/** Index of the first arm whose only policy is an 80% adoption quota (other than "none"), or -1. */
export function quotaArmIndex(arms: readonly ArmLike[]): number {
  return arms.findIndex((a) => {
    const real = a.policies.filter((p) => p.type !== "none");
    return real.length === 1 && real[0].type === "adoption-quota" && Math.abs(Number(real[0].target) - QUOTA_TARGET) < 1e-9;
  });
}

/** One developer as the per-developer metrics see them (over the measurement window). */
export interface DeveloperWindow {
  team: number;
  active: boolean;
  /** Output per week with and without AI, and merged change per week credited to them. */
  output: number;
  output0: number;
  merged: number;
}

/** Σ(Y − Y0) / ΣY0 over active developers (NaN when none). */
export function causalGainActive(devs: readonly DeveloperWindow[]): number {
  let y = 0, y0 = 0;
  for (const d of devs) if (d.active) { y += d.output; y0 += d.output0; }
  return y0 > 0 ? (y - y0) / y0 : NaN;
}

/**
 * exp(b) for the least-squares fit ln(team output per engineer) = a + b × team active share, over teams with at
 * least two developers and positive output: output per engineer of a fully active team relative to a team with
 * none active (J4's "0% to 100% team adoption"). NaN when fewer than 3 teams or no spread in adoption.
 */
export function teamAdoptionOutputRatio(devs: readonly DeveloperWindow[], of: "output" | "merged" = "output"): number {
  const teams = new Map<number, { n: number; active: number; output: number }>();
  for (const d of devs) {
    let t = teams.get(d.team);
    if (!t) teams.set(d.team, (t = { n: 0, active: 0, output: 0 }));
    t.n++;
    if (d.active) t.active++;
    t.output += d[of];
  }
  const xs: number[] = [], ys: number[] = [];
  for (const t of teams.values()) {
    if (t.n < 2 || !(t.output > 0)) continue;
    xs.push(t.active / t.n);
    ys.push(Math.log(t.output / t.n));
  }
  const m = xs.length;
  if (m < 3) return NaN;
  const mx = xs.reduce((a, b) => a + b, 0) / m;
  const my = ys.reduce((a, b) => a + b, 0) / m;
  let sxx = 0, sxy = 0;
  for (let k = 0; k < m; k++) {
    sxx += (xs[k] - mx) ** 2;
    sxy += (xs[k] - mx) * (ys[k] - my);
  }
  return sxx > 0 ? Math.exp(sxy / sxx) : NaN;
}

function developersOfRun(run: RunResult, arm: number, threshold: number): DeveloperWindow[] {
  const s = run.arms[arm].state;
  const ww = run.windowWeeks;
  const { team } = run.population;
  const credit = mergedPerAuthored(s.delivery.ai, run.population.teams, false);
  const out: DeveloperWindow[] = new Array(run.population.size);
  for (let i = 0; i < run.population.size; i++) {
    const t = s.windowTokens[i] / ww;
    const output = s.windowOutput[i] / ww;
    out[i] = { team: team[i], active: t > 0 && t >= threshold, output, output0: s.windowOutput0[i] / ww, merged: output * credit[team[i]] };
  }
  return out;
}

/** Every requested metric of one replicate, from the run in memory; `arms` gives the organic and quota arm indices. */
export function metricsOfRun(run: RunResult, metrics: readonly MetricName[], arms: { organic: number; quota: number }, threshold: number): Record<string, number> {
  const out: Record<string, number> = {};
  let devs: DeveloperWindow[] | undefined;
  const summaries: Row[] = [];
  for (const m of metrics) {
    const info: MetricInfo = METRICS[m];
    const arm = info.arm === "quota" ? arms.quota : arms.organic;
    if (arm < 0) { out[m] = NaN; continue; }
    const h = run.arms[arm].headline;
    switch (m) {
      case "causal_gain_active":
        out[m] = causalGainActive((devs ??= developersOfRun(run, arms.organic, threshold)));
        break;
      case "team_adoption_output_ratio":
        out[m] = teamAdoptionOutputRatio((devs ??= developersOfRun(run, arms.organic, threshold)));
        break;
      case "team_adoption_merged_ratio":
        out[m] = teamAdoptionOutputRatio((devs ??= developersOfRun(run, arms.organic, threshold)), "merged");
        break;
      case "active_share_measured":
      case "quota_active_share_measured": {
        const weeks = run.arms[arm].weeks.slice(run.arms[arm].weeks.length - run.windowWeeks);
        out[m] = weeks.reduce((a, w) => a + w.activeMeasured, 0) / weeks.length / run.population.size;
        break;
      }
      case "top_decile_merged_output_ratio":
      case "ai_user_change_size_ratio":
      case "ai_user_defect_ratio":
      case "incidents_per_change_elasticity":
      case "churn_hours_ratio":
      case "perceived_hours_saved": {
        summaries[arm] ??= summaryRows(run)[arm];
        out[m] = summaries[arm][info.summaryColumn!] as number;
        break;
      }
      default: {
        const key: Record<string, number> = {
          top_decile_token_ratio: h.topDecileTokenRatio,
          top_decile_output_ratio: h.topDecileOutputRatio,
          top_decile_output_ratio_causal: h.topDecileOutputRatioCausal,
          top_decile_output_ratio_selection: h.topDecileOutputRatioSelection,
          median_tokens_per_week: h.medianTokens,
          top_decile_tokens_per_week: h.topDecileMeanTokens,
          median_cost_per_active_day_usd: h.medianCostPerActiveDayUsd,
        };
        out[m] = key[m];
      }
    }
  }
  return out;
}

/** A metric as measured from a run's tables: one value per replicate (or one estimate), and a note on how. */
export interface TableMeasure {
  values: number[];
  note: string;
}

const numOf = (r: Row, c: string) => (typeof r[c] === "number" ? (r[c] as number) : NaN);

/** A metric from a run's tables (summary rows per replicate; the developer chart sample for per-developer metrics). */
export function metricOfTables(t: RunTables, metric: MetricName): TableMeasure {
  const arms = t.manifest.scenario.arms ?? [];
  const info: MetricInfo = METRICS[metric];
  const index = info.arm === "quota" ? quotaArmIndex(arms) : organicArmIndex(arms);
  if (index < 0) {
    return { values: [], note: info.arm === "quota" ? `no arm with only an ${QUOTA_TARGET * 100}% adoption quota in this run` : "no arm without policies in this run" };
  }
  const arm = arms[index].name;
  if (info.summaryColumn) {
    const values = t.summary.filter((r) => r.arm === arm).map((r) => numOf(r, info.summaryColumn!)).filter(Number.isFinite);
    return { values, note: `arm ${arm}, summary.csv ${info.summaryColumn}` };
  }
  const devs: DeveloperWindow[] = t.developers
    .filter((r) => r.arm === arm)
    .map((r) => {
      const output = numOf(r, "window_output_per_week");
      // Merged change over the window, estimated with the developer's merged ÷ authored ratio over the run.
      const credit = numOf(r, "output") > 0 ? numOf(r, "merged_output") / numOf(r, "output") : 1;
      return { team: numOf(r, "team"), active: numOf(r, "active_user") === 1, output, output0: numOf(r, "window_output_without_ai_per_week"), merged: output * credit };
    })
    .filter((d) => Number.isFinite(d.team) && Number.isFinite(d.output) && Number.isFinite(d.output0) && Number.isFinite(d.merged));
  const v = metric === "causal_gain_active" ? causalGainActive(devs) : teamAdoptionOutputRatio(devs, metric === "team_adoption_merged_ratio" ? "merged" : "output");
  return { values: Number.isFinite(v) ? [v] : [], note: `arm ${arm}, estimated from the ${devs.length} developers of the chart sample (replicate 0)` };
}
