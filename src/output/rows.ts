// Results as table rows: pure transformations of a run's records, one function per output file.
// Column names are a contract (README, "Outputs"): add columns freely, never rename or drop one.
import { mergedPerAuthored } from "../model/headline.js";
import { LEVELS } from "../scenario/levels.js";
import type { ArmResult, RunResult } from "../model/simulate.js";
import type { WeekTotals } from "../model/step.js";
import { safeRatio } from "./format.js";

export type Row = Record<string, number | string>;

const ADOPTION_STATES = ["never", "active", "lapsed"] as const;

export const TIMESERIES_COLUMNS = [
  "arm", "replicate", "week", "developers", "adopted_share", "active_share_measured", "active_share_genuine",
  "tokens_useful", "tokens_wasted", "tokens_total", "token_cost_usd", "seat_cost_usd", "program_cost_usd", "cost_usd",
  "cumulative_cost_usd", "output", "output_without_ai", "output_gain", "productivity_gain", "cost_per_output",
  "net_value_usd", "cumulative_net_value_usd", "price_usd_per_m_tokens",
  "authored_output", "reviewed_output", "merged_output", "merged_output_without_ai", "delivered_output", "delivered_output_without_ai",
  "review_hours", "review_capacity_hours", "review_utilisation", "review_backlog", "review_latency_weeks",
  "defects_escaped", "incidents", "incidents_without_ai", "change_failure_rate", "change_failure_rate_without_ai",
  "rework_hours", "rework_hours_without_ai", "perceived_hours_saved", "perceived_gain", "measured_gain",
  "tokens_ai_review", "delivered_net_value_usd", "cumulative_delivered_net_value_usd",
] as const;

/** Hours a week active users felt AI saved them, per active user; and as a relative gain h / (week - h). */
function perceived(hours: number, activeUsers: number, hoursPerWeek: number): { hours: number; gain: number } {
  const h = safeRatio(hours, activeUsers);
  return { hours: h, gain: h < hoursPerWeek ? h / (hoursPerWeek - h) : 0 };
}

/** The delivery columns of one arm-week (docs/MODEL.md §3.3; README, "Outputs"). */
function deliveryColumns(w: WeekTotals, hoursPerWeek: number): Row {
  const felt = perceived(w.perceivedHours, w.adopted, hoursPerWeek);
  return {
    authored_output: w.output,
    reviewed_output: w.reviewed,
    merged_output: w.merged,
    merged_output_without_ai: w.mergedWithoutAi,
    delivered_output: w.delivered,
    delivered_output_without_ai: w.deliveredWithoutAi,
    review_hours: w.reviewHours,
    review_capacity_hours: w.reviewCapacityHours,
    review_utilisation: safeRatio(w.reviewHours, w.reviewCapacityHours),
    review_backlog: w.reviewBacklog,
    review_latency_weeks: safeRatio(w.reviewWaitMass, w.merged),
    defects_escaped: w.defectsEscaped,
    incidents: w.incidents,
    incidents_without_ai: w.incidentsWithoutAi,
    change_failure_rate: safeRatio(w.incidents, w.mergedChanges),
    change_failure_rate_without_ai: safeRatio(w.incidentsWithoutAi, w.mergedChangesWithoutAi),
    rework_hours: w.reworkHours,
    rework_hours_without_ai: w.reworkHoursWithoutAi,
    perceived_hours_saved: felt.hours,
    perceived_gain: felt.gain,
    measured_gain: w.mergedActiveWithoutAi > 0 ? w.mergedActive / w.mergedActiveWithoutAi - 1 : 0,
    tokens_ai_review: Math.round(w.aiReviewTokens),
  };
}

export function timeseriesRows(run: RunResult): Row[] {
  const n = run.population.size;
  const rows: Row[] = [];
  for (const arm of run.arms) {
    let cumulativeCost = 0;
    let cumulativeNet = 0;
    let cumulativeDeliveredNet = 0;
    for (const w of arm.weeks) {
      const tokens = w.tokensUseful + w.tokensWasted;
      const cost = w.tokenCostUsd + w.seatCostUsd + w.programCostUsd;
      const gain = w.output - w.outputWithoutAi;
      const net = gain * run.outputValueUsd - cost;
      const deliveredNet = (w.delivered - w.deliveredWithoutAi) * run.outputValueUsd - cost;
      cumulativeCost += cost;
      cumulativeNet += net;
      cumulativeDeliveredNet += deliveredNet;
      rows.push({
        arm: arm.name,
        replicate: run.replicate,
        week: w.week,
        developers: n,
        adopted_share: w.adopted / n,
        active_share_measured: w.activeMeasured / n,
        active_share_genuine: w.activeGenuine / n,
        tokens_useful: Math.round(w.tokensUseful),
        tokens_wasted: Math.round(w.tokensWasted),
        tokens_total: Math.round(tokens),
        token_cost_usd: w.tokenCostUsd,
        seat_cost_usd: w.seatCostUsd,
        program_cost_usd: w.programCostUsd,
        cost_usd: cost,
        cumulative_cost_usd: cumulativeCost,
        output: w.output,
        output_without_ai: w.outputWithoutAi,
        output_gain: gain,
        productivity_gain: safeRatio(gain, w.outputWithoutAi),
        cost_per_output: safeRatio(cost, w.output),
        net_value_usd: net,
        cumulative_net_value_usd: cumulativeNet,
        price_usd_per_m_tokens: safeRatio(w.tokenCostUsd, tokens) * 1e6 || 0,
        ...deliveryColumns(w, run.hoursPerWeek),
        delivered_net_value_usd: deliveredNet,
        cumulative_delivered_net_value_usd: cumulativeDeliveredNet,
      });
    }
  }
  return rows;
}

export const DEVELOPER_COLUMNS = [
  "arm", "replicate", "developer", "level", "salary_usd", "team", "adoption", "proficiency",
  "genuine_demand_tokens", "base_output", "tokens_total", "tokens_wasted", "cost_usd", "output", "output_without_ai",
  "causal_gain", "window_tokens_per_week", "window_tokens_wasted_per_week", "window_output_per_week",
  "window_output_without_ai_per_week", "active_user", "merged_output", "perceived_gain", "measured_gain",
] as const;

/** One row per developer of one arm as the run ends, for developers `from` (inclusive) to `to` (exclusive). */
export function developerRows(run: RunResult, arm: ArmResult, threshold: number, from = 0, to = run.population.size): Row[] {
  const pop = run.population;
  const s = arm.state;
  if (!s.developerTotals) throw new Error("developerRows: the run was simulated without developer totals");
  const ww = run.windowWeeks;
  const credit = mergedPerAuthored(s.delivery.ai, pop.teams, true);
  const credit0 = mergedPerAuthored(s.delivery.twin, pop.teams, true);
  const rows: Row[] = [];
  for (let i = from; i < to; i++) {
    const windowTokens = s.windowTokens[i] / ww;
    const merged = s.totalOutput[i] * credit[pop.team[i]];
    const merged0 = s.totalOutput0[i] * credit0[pop.team[i]];
    const felt = perceived(s.windowPerceivedHours[i], s.windowActiveWeeks[i], run.hoursPerWeek);
    rows.push({
      arm: arm.name,
      replicate: run.replicate,
      developer: i,
      level: LEVELS[pop.level[i]],
      salary_usd: pop.salary[i],
      team: pop.team[i],
      adoption: ADOPTION_STATES[s.adoption[i]],
      proficiency: s.proficiency[i],
      genuine_demand_tokens: Math.round(pop.demand[i]),
      base_output: pop.baseOutput[i],
      tokens_total: Math.round(s.totalTokens[i]),
      tokens_wasted: Math.round(s.totalWasted[i]),
      cost_usd: s.totalCost[i],
      output: s.totalOutput[i],
      output_without_ai: s.totalOutput0[i],
      causal_gain: safeRatio(s.totalOutput[i] - s.totalOutput0[i], s.totalOutput0[i]),
      window_tokens_per_week: windowTokens,
      window_tokens_wasted_per_week: s.windowWasted[i] / ww,
      window_output_per_week: s.windowOutput[i] / ww,
      window_output_without_ai_per_week: s.windowOutput0[i] / ww,
      active_user: windowTokens > 0 && windowTokens >= threshold ? 1 : 0,
      merged_output: merged,
      perceived_gain: felt.gain,
      measured_gain: safeRatio(merged - merged0, merged0),
    });
  }
  return rows;
}

export const SUMMARY_COLUMNS = [
  "arm", "replicate", "developers", "weeks", "window_weeks", "adopted_share_final", "active_share_measured",
  "active_share_genuine", "active_share_gap", "tokens_useful", "tokens_wasted", "tokens_total", "waste_share",
  "token_cost_usd", "seat_cost_usd", "program_cost_usd", "cost_usd", "output", "output_without_ai", "output_gain", "productivity_gain",
  "cost_per_output", "output_gain_per_1k_usd", "output_value_usd", "net_value_usd", "roi", "active_users", "median_tokens_per_week",
  "top_decile_tokens_per_week", "top_decile_token_ratio", "top_decile_token_ratio_useful",
  "top_decile_token_ratio_waste", "top_decile_token_share", "top_decile_output_ratio",
  "top_decile_output_ratio_causal", "top_decile_output_ratio_selection", "top_decile_waste_share",
  "median_cost_per_active_day_usd",
  "authored_output", "reviewed_output", "merged_output", "merged_output_without_ai", "delivered_output", "delivered_output_without_ai",
  "delivered_productivity_gain", "cost_per_delivered_output", "delivered_gain_per_1k_usd", "delivered_net_value_usd",
  "delivered_roi", "review_utilisation", "review_latency_weeks", "review_backlog_final", "incidents",
  "change_failure_rate", "change_failure_rate_without_ai", "rework_hours", "perceived_hours_saved", "perceived_gain",
  "measured_gain", ...LEVELS.map((l) => `measured_gain_${l}` as const), "top_decile_merged_output_ratio",
  "top_decile_merged_output_ratio_causal", "top_decile_merged_output_ratio_selection", "tokens_ai_review",
  "ai_user_change_size_ratio", "ai_user_defect_ratio", "incidents_per_change_elasticity", "churn_hours_ratio",
] as const;

/** ln(a) / ln(b) for ratios a, b > 0; 0 when either is not positive or b is within 1e-9 of 1. */
function elasticity(a: number, b: number): number {
  return a > 0 && b > 0 && Math.abs(Math.log(b)) > 1e-9 ? Math.log(a) / Math.log(b) : 0;
}

/** The summary's delivery columns: run totals, and the measurement window's rates (latency, failures, gains). */
function deliverySummary(run: RunResult, arm: ArmResult, cost: number): Row {
  let reviewed = 0, merged = 0, merged0 = 0, delivered = 0, delivered0 = 0, incidents = 0, rework = 0, aiTokens = 0;
  for (const w of arm.weeks) {
    reviewed += w.reviewed;
    merged += w.merged;
    merged0 += w.mergedWithoutAi;
    delivered += w.delivered;
    delivered0 += w.deliveredWithoutAi;
    incidents += w.incidents;
    rework += w.reworkHours;
    aiTokens += w.aiReviewTokens;
  }
  const window = arm.weeks.slice(arm.weeks.length - run.windowWeeks);
  const sum = (f: (w: WeekTotals) => number) => window.reduce((a, w) => a + f(w), 0);
  const felt = perceived(sum((w) => w.perceivedHours), sum((w) => w.adopted), run.hoursPerWeek);
  const gain = delivered - delivered0;
  const net = gain * run.outputValueUsd - cost;
  const h = arm.headline;
  return {
    reviewed_output: reviewed,
    merged_output: merged,
    merged_output_without_ai: merged0,
    delivered_output: delivered,
    delivered_output_without_ai: delivered0,
    delivered_productivity_gain: safeRatio(gain, delivered0),
    cost_per_delivered_output: safeRatio(cost, delivered),
    delivered_gain_per_1k_usd: safeRatio(gain * 1000, cost),
    delivered_net_value_usd: net,
    delivered_roi: safeRatio(net, cost),
    review_utilisation: safeRatio(sum((w) => w.reviewHours), sum((w) => w.reviewCapacityHours)),
    review_latency_weeks: safeRatio(sum((w) => w.reviewWaitMass), sum((w) => w.merged)),
    review_backlog_final: arm.weeks[arm.weeks.length - 1].reviewBacklog,
    incidents,
    change_failure_rate: safeRatio(sum((w) => w.incidents), sum((w) => w.mergedChanges)),
    change_failure_rate_without_ai: safeRatio(sum((w) => w.incidentsWithoutAi), sum((w) => w.mergedChangesWithoutAi)),
    rework_hours: rework,
    perceived_hours_saved: felt.hours,
    perceived_gain: felt.gain,
    measured_gain: h.measuredGain,
    ...Object.fromEntries(LEVELS.map((l, k) => [`measured_gain_${l}`, h.measuredGainByLevel[k]])),
    top_decile_merged_output_ratio: h.topDecileMergedOutputRatio,
    top_decile_merged_output_ratio_causal: h.topDecileMergedOutputRatioCausal,
    top_decile_merged_output_ratio_selection: h.topDecileMergedOutputRatioSelection,
    tokens_ai_review: Math.round(aiTokens),
    // Quality of AI users' change against human-written change, per output unit, over the window (Q1, Q2).
    ai_user_change_size_ratio: safeRatio(sum((w) => w.activeSize), sum((w) => w.activeOutput)),
    ai_user_defect_ratio: safeRatio(sum((w) => w.activeDefects), sum((w) => w.activeOutput * w.humanDefectsPerOutputUnit)),
    // How fast failures per change grow with throughput, AI against the twin (Q3): ln(CFR ratio) / ln(merged ratio).
    incidents_per_change_elasticity: elasticity(
      safeRatio(safeRatio(sum((w) => w.incidents), sum((w) => w.mergedChanges)), safeRatio(sum((w) => w.incidentsWithoutAi), sum((w) => w.mergedChangesWithoutAi))),
      safeRatio(sum((w) => w.merged), sum((w) => w.mergedWithoutAi)),
    ),
    // Churn hours per size unit merged, with AI over without (Q4).
    churn_hours_ratio: safeRatio(safeRatio(sum((w) => w.churnHours), sum((w) => w.mergedSize)), safeRatio(sum((w) => w.churnHoursWithoutAi), sum((w) => w.mergedSizeWithoutAi))),
  };
}

/** One row per arm: totals over the run, shares averaged over the measurement window, and the headline ratios. */
export function summaryRows(run: RunResult): Row[] {
  const n = run.population.size;
  return run.arms.map((arm) => {
    let useful = 0, wasted = 0, tokenCost = 0, seatCost = 0, programCost = 0, output = 0, output0 = 0;
    for (const w of arm.weeks) {
      useful += w.tokensUseful;
      wasted += w.tokensWasted;
      tokenCost += w.tokenCostUsd;
      seatCost += w.seatCostUsd;
      programCost += w.programCostUsd;
      output += w.output;
      output0 += w.outputWithoutAi;
    }
    const window = arm.weeks.slice(arm.weeks.length - run.windowWeeks);
    const measured = window.reduce((a, w) => a + w.activeMeasured, 0) / window.length / n;
    const genuine = window.reduce((a, w) => a + w.activeGenuine, 0) / window.length / n;
    const cost = tokenCost + seatCost + programCost;
    const gain = output - output0;
    const net = gain * run.outputValueUsd - cost;
    const h = arm.headline;
    return {
      arm: arm.name,
      replicate: run.replicate,
      developers: n,
      weeks: arm.weeks.length,
      window_weeks: run.windowWeeks,
      adopted_share_final: arm.weeks[arm.weeks.length - 1].adopted / n,
      active_share_measured: measured,
      active_share_genuine: genuine,
      active_share_gap: measured - genuine,
      tokens_useful: Math.round(useful),
      tokens_wasted: Math.round(wasted),
      tokens_total: Math.round(useful + wasted),
      waste_share: safeRatio(wasted, useful + wasted),
      token_cost_usd: tokenCost,
      seat_cost_usd: seatCost,
      program_cost_usd: programCost,
      cost_usd: cost,
      output,
      output_without_ai: output0,
      output_gain: gain,
      productivity_gain: safeRatio(gain, output0),
      cost_per_output: safeRatio(cost, output),
      output_gain_per_1k_usd: safeRatio(gain * 1000, cost),
      output_value_usd: run.outputValueUsd,
      net_value_usd: net,
      roi: safeRatio(net, cost),
      active_users: h.activeUsers,
      median_tokens_per_week: h.medianTokens,
      top_decile_tokens_per_week: h.topDecileMeanTokens,
      top_decile_token_ratio: h.topDecileTokenRatio,
      top_decile_token_ratio_useful: h.topDecileTokenRatioUseful,
      top_decile_token_ratio_waste: h.topDecileTokenRatioWaste,
      top_decile_token_share: h.topDecileTokenShare,
      top_decile_output_ratio: h.topDecileOutputRatio,
      top_decile_output_ratio_causal: h.topDecileOutputRatioCausal,
      top_decile_output_ratio_selection: h.topDecileOutputRatioSelection,
      top_decile_waste_share: h.topDecileWasteShare,
      median_cost_per_active_day_usd: h.medianCostPerActiveDayUsd,
      authored_output: output,
      ...deliverySummary(run, arm, cost),
    };
  });
}

/** Rows of per-team weekly totals: arm, replicate, week, team, tokens_total, tokens_wasted, token_cost_usd, seat_cost_usd, seats. */
export function teamWeekRows(run: RunResult, seatUsdPerMonth: number): Row[] {
  const t = run.teamWeeks;
  if (!t) return [];
  const seatPerWeek = (seatUsdPerMonth * 12) / 52;
  const rows: Row[] = [];
  run.arms.forEach((arm, a) => {
    for (let week = 0; week < t.weeks; week++) {
      for (let team = 0; team < t.teams; team++) {
        const k = (a * t.weeks + week) * t.teams + team;
        rows.push({
          arm: arm.name, replicate: run.replicate, week: week + 1, team,
          tokens_total: Math.round(t.tokens[k]), tokens_wasted: Math.round(t.wasted[k]), token_cost_usd: t.tokenCostUsd[k],
          seat_cost_usd: t.seats[k] * seatPerWeek, seats: t.seats[k],
        });
      }
    }
  });
  return rows;
}
