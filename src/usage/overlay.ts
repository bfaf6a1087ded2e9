// From the summary and the fit to what `import-usage` writes: usage-fit.csv (metric,value,unit,note rows)
// and overlay.yaml, a partial scenario that `run`, `compare` and `calibrate` deep-merge over a scenario.
import { toCsv } from "../output/csv.js";
import type { Row } from "../output/rows.js";
import type { UsageSummary } from "./aggregate.js";
import type { LognormalFit } from "./fit.js";

/**
 * ASSUMPTION: the model's demandMedianTokens is genuine demand at FULL proficiency, while an export shows
 * tokens actually used, at whatever proficiency users have. We map the two with one number: the median
 * observed user works at a typical proficiency of 0.6 (between the model's level defaults of 0.35-0.55 at
 * the start and the learning they do), so demandMedianTokens = fitted observed median / 0.6. The spread is
 * carried over unchanged: demandSigma = fitted sigma. Both are starting points for `calibrate`, not truths.
 */
export const TYPICAL_PROFICIENCY = 0.6;

/** Largest demandSigma the scenario schema accepts. */
const MAX_SIGMA = 4;

export interface Overlay {
  population: { demandMedianTokens: number; demandSigma: number };
  economics: { inputShare: number; outputShare: number; cacheReadShare: number; cacheWriteShare: number };
  adoption: { initialActiveShare: number };
}

/** Shares rounded to 6 decimals that sum to exactly 1 (the rounding error goes to the largest share). */
export function mixShares(t: UsageSummary["tokens"]): Overlay["economics"] {
  const raw = [t.input, t.output, t.cacheRead, t.cacheWrite].map((x) => (t.total > 0 ? x / t.total : 0.25));
  const r = raw.map((x) => Math.round(x * 1e6) / 1e6);
  const largest = r.indexOf(Math.max(...r));
  r[largest] = Math.round((1 - r.reduce((a, x, i) => (i === largest ? a : a + x), 0)) * 1e6) / 1e6;
  return { inputShare: r[0], outputShare: r[1], cacheReadShare: r[2], cacheWriteShare: r[3] };
}

const sig = (x: number, digits = 4) => Number(x.toPrecision(digits));

export function buildOverlay(s: UsageSummary, fit: LognormalFit): Overlay {
  return {
    population: {
      demandMedianTokens: Math.round(fit.median / TYPICAL_PROFICIENCY),
      demandSigma: sig(Math.min(MAX_SIGMA, fit.sigma)),
    },
    economics: mixShares(s.tokens),
    adoption: { initialActiveShare: sig(Math.min(1, s.weeklyActiveShare)) },
  };
}

export function overlayYaml(o: Overlay, s: UsageSummary, fit: LognormalFit, format: string, files: number): string {
  return [
    `# tokensim scenario overlay fitted by \`tokensim import-usage --format ${format}\` from ${files} file${files === 1 ? "" : "s"}`,
    `# covering ${s.firstDay}..${s.lastDay} (${s.weeks.length} ISO week${s.weeks.length === 1 ? "" : "s"} used, ${s.usersSeen} users seen, ${s.activeUsers} active).`,
    "# Deep-merged over a scenario before validation: tokensim run SCENARIO --overlay overlay.yaml",
    "# See usage-fit.csv for every figure behind these values.",
    "population:",
    `  # Lognormal fit to users' mean weekly tokens: median ${Math.round(fit.median)} tokens/week, sigma ${sig(fit.sigma)} (KS D ${sig(fit.ksD, 3)}).`,
    `  # ASSUMPTION: observed tokens are demand x proficiency, the median user at a typical proficiency of ${TYPICAL_PROFICIENCY}:`,
    `  # demandMedianTokens = observed median / ${TYPICAL_PROFICIENCY} (the model's demand is at full proficiency).`,
    `  demandMedianTokens: ${o.population.demandMedianTokens}`,
    `  demandSigma: ${o.population.demandSigma}`,
    "economics:",
    "  # Token mix of the export (shares of all tokens; sum to 1).",
    `  inputShare: ${o.economics.inputShare}`,
    `  outputShare: ${o.economics.outputShare}`,
    `  cacheReadShare: ${o.economics.cacheReadShare}`,
    `  cacheWriteShare: ${o.economics.cacheWriteShare}`,
    "adoption:",
    "  # Mean weekly-active share (any tokens in the week) over the weeks used, of the users seen.",
    `  initialActiveShare: ${o.adoption.initialActiveShare}`,
    "",
  ].join("\n");
}

export const FIT_COLUMNS = ["metric", "value", "unit", "note"] as const;

export function fitRows(s: UsageSummary, fit: LognormalFit, o: Overlay, format: string): Row[] {
  const rows: Row[] = [];
  const add = (metric: string, value: number | string, unit: string, note = "") => rows.push({ metric, value, unit, note });
  add("format", format, "", "");
  add("first_day", s.firstDay, "UTC date", "first day the export covers");
  add("last_day", s.lastDay, "UTC date", "last day the export covers");
  add("weeks_used", s.weeks.length, "ISO weeks", s.partialWeeksOnly ? "no whole ISO week in the export: partial weeks used" : "whole ISO weeks (Mon-Sun, UTC) inside the export");
  add("users_seen", s.usersSeen, "users", "every user with a record, zero use included");
  add("active_users", s.activeUsers, "users", "users with any tokens in the weeks used");
  add("weekly_active_share", s.weeklyActiveShare, "share (0-1)", "users with any tokens in a week / users seen, mean over the weeks used");
  add("last_week_active_share", s.lastWeekActiveShare, "share (0-1)", "the same, last week used");
  add("median_weekly_tokens", s.medianWeeklyTokens, "tokens/week", "median over active users of their mean weekly tokens");
  add("top_decile_weekly_tokens", s.topDecileWeeklyTokens, "tokens/week", "mean weekly tokens of the top 10% of active users");
  add("top_decile_ratio", s.topDecileRatio, "ratio", "top-decile mean / median (the simulator's top_decile_token_ratio)");
  add("tokens_total", s.tokens.total, "tokens", "all tokens in the weeks used");
  add("input_share", o.economics.inputShare, "share (0-1)", "uncached input tokens / all tokens");
  add("output_share", o.economics.outputShare, "share (0-1)", "");
  add("cache_read_share", o.economics.cacheReadShare, "share (0-1)", "");
  add("cache_write_share", o.economics.cacheWriteShare, "share (0-1)", "cache creation tokens / all tokens (OpenAI reports none)");
  if (s.cost) {
    add("cost_usd", s.cost.usd, "USD", "records that carry a cost");
    add("blended_price_usd_per_m_tokens", s.cost.tokens > 0 ? (s.cost.usd / s.cost.tokens) * 1e6 : 0, "USD/M tokens", "cost / tokens of the records that carry a cost");
    add("cost_per_active_day_usd", s.cost.activeDays > 0 ? s.cost.usd / s.cost.activeDays : 0, "USD/active day", "cost / user-days with tokens");
    add("median_cost_per_active_day_usd", s.cost.medianPerActiveDayUsd, "USD/active day", "median over users of their cost per active day (the simulator's median_cost_per_active_day_usd)");
  } else {
    add("cost_usd", "", "USD", "the export carries no cost");
    add("blended_price_usd_per_m_tokens", "", "USD/M tokens", "the export carries no cost");
  }
  add("fit_n", fit.n, "users", "active users in the lognormal fit");
  add("fit_mu", fit.mu, "log tokens/week", "lognormal MLE: mean of ln(mean weekly tokens)");
  add("fit_sigma", fit.sigma, "log tokens/week", "lognormal MLE: sd of ln(mean weekly tokens), n denominator");
  add("fit_median_weekly_tokens", fit.median, "tokens/week", "exp(mu)");
  add("fit_ks_d", fit.ksD, "", "Kolmogorov-Smirnov D of the fit (max CDF gap)");
  add("fit_ks_d_critical_5pct", fit.ksCritical5, "", "1.36/sqrt(n); D well above this: the lognormal fits poorly");
  add("fit_implied_top_decile_ratio", fit.impliedTopDecileRatio, "ratio", "top-decile mean / median of the fitted lognormal");
  add("assumed_typical_proficiency", TYPICAL_PROFICIENCY, "share (0-1)", "ASSUMPTION: observed tokens = demand x proficiency; demandMedianTokens = fitted median / this");
  add("overlay_population_demandMedianTokens", o.population.demandMedianTokens, "tokens/week", "fit_median_weekly_tokens / assumed_typical_proficiency");
  add("overlay_population_demandSigma", o.population.demandSigma, "log tokens", "fit_sigma (capped at 4)");
  add("overlay_adoption_initialActiveShare", o.adoption.initialActiveShare, "share (0-1)", "weekly_active_share");
  return rows;
}

export function fitCsv(rows: Row[]): string {
  return toCsv(FIT_COLUMNS, rows);
}
