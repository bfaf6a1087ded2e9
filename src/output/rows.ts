// Results as table rows: pure transformations of a run's records, one function per output file.
// Column names are a contract (README, "Outputs"): add columns freely, never rename or drop one.
import { LEVELS } from "../model/levels.js";
import type { ArmResult, RunResult } from "../model/simulate.js";
import { safeRatio } from "./format.js";

export type Row = Record<string, number | string>;

const ADOPTION_STATES = ["never", "active", "lapsed"] as const;

export const TIMESERIES_COLUMNS = [
  "arm", "replicate", "week", "developers", "adopted_share", "active_share_measured", "active_share_genuine",
  "tokens_useful", "tokens_wasted", "tokens_total", "token_cost_usd", "seat_cost_usd", "program_cost_usd", "cost_usd",
  "cumulative_cost_usd", "output", "output_without_ai", "output_gain", "productivity_gain", "cost_per_output",
  "net_value_usd", "cumulative_net_value_usd", "price_usd_per_m_tokens",
] as const;

export function timeseriesRows(run: RunResult): Row[] {
  const n = run.population.size;
  const rows: Row[] = [];
  for (const arm of run.arms) {
    let cumulativeCost = 0;
    let cumulativeNet = 0;
    for (const w of arm.weeks) {
      const tokens = w.tokensUseful + w.tokensWasted;
      const cost = w.tokenCostUsd + w.seatCostUsd + w.programCostUsd;
      const gain = w.output - w.outputWithoutAi;
      const net = gain * run.outputValueUsd - cost;
      cumulativeCost += cost;
      cumulativeNet += net;
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
      });
    }
  }
  return rows;
}

export const DEVELOPER_COLUMNS = [
  "arm", "replicate", "developer", "level", "salary_usd", "team", "adoption", "proficiency",
  "genuine_demand_tokens", "base_output", "tokens_total", "tokens_wasted", "cost_usd", "output", "output_without_ai",
  "causal_gain", "window_tokens_per_week", "window_tokens_wasted_per_week", "window_output_per_week",
  "window_output_without_ai_per_week", "active_user",
] as const;

/** One row per developer of one arm as the run ends, for developers `from` (inclusive) to `to` (exclusive). */
export function developerRows(run: RunResult, arm: ArmResult, threshold: number, from = 0, to = run.population.size): Row[] {
  const pop = run.population;
  const s = arm.state;
  if (!s.developerTotals) throw new Error("developerRows: the run was simulated without developer totals");
  const ww = run.windowWeeks;
  const rows: Row[] = [];
  for (let i = from; i < to; i++) {
    const windowTokens = s.windowTokens[i] / ww;
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
] as const;

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
