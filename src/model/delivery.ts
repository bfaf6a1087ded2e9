// The delivery layer's team phase (docs/MODEL.md §3.3, "Delivery"): each team reviews the change it authored
// this week and what waited from earlier weeks, merges what review clears, and pays in later weeks for the
// defects review missed. It runs once for the arm's world with AI and once, on the same rules, for its no-AI
// twin, so every causal figure on delivered change compares like with like. Deterministic: expected values,
// no random draws.
//
// Per team and week, in order:
//  1. Capacity: reviewer hours = (sum of the members' review shares) x hours per week; reviewers stretch up to
//     maxReviewStretch x that when the queue needs it. What they review this week comes out of their authoring
//     next week (the review load handed to the developer phase).
//  2. Demand: the backlog's remaining hours, and the hours of the share of this week's change that can be
//     reviewed this week (sameWeekReviewShare); the rest waits at least one week. Hours = size x hours per size
//     unit + defects x hours per defect. Utilisation = demand / capacity.
//  3. Review, first in first out: the backlog first, then this week's change, as far as the hours go. Review
//     catches catchAtNoLoad / (1 + rushSensitivity x load) of the defects in what it reviews (load = hours
//     needed / capacity). When even stretched capacity falls short, reviewers skim: hours per unit and the catch
//     share scale by (stretched capacity / hours needed)^skimElasticity. A change
//     (changesPerOutputUnit to an output unit) with a caught defect goes back to its author (Poisson: share
//     1 - exp(-caught defects per change)) and waits again for a shorter re-review; the rest merges.
//  4. Quality: defects in merged change escape; a share become incidents (a smaller share of the defects that are
//     AI-made change's excess: review findings on AI change are more often shallow), the rest churn. Incidents, churn and
//     fixing caught defects add hours to the team's rework stock, of which reworkPayoffPerWeek is worked off
//     the next week (at most maxReworkShare of the team's time): that share of next week's authoring is rework,
//     change that goes through review like any other but adds no new value.
// Conservation per team and week: backlog at the start + authored = merged + backlog at the end (value).
// The backlog starts as a no-AI team's steady state: the part of a week's change that waits a week.
import type { DeliveryParams } from "../scenario/delivery-schema.js";
import type { DeliveryLevers, DeliveryWorld } from "./delivery-state.js";
import { expFast } from "./exp-fast.js";
import type { Population } from "./population.js";

/** Slots of reviewWorld's sums over teams. */
const enum Sum {
  Reviewed,
  Merged,
  Delivered,
  MergedActive,
  MergedSize,
  ReviewHours,
  Capacity,
  Backlog,
  WaitMass,
  Escaped,
  Incidents,
  Caught,
  Rework,
  Churn,
  AiTokens,
  Slots,
}

/** One world's delivery figures for one week, summed over teams. */
export interface WorldWeek {
  /** Output units: change reviewed (returned or merged), merged, and merged new change (net of rework). */
  reviewed: number;
  merged: number;
  delivered: number;
  /** Merged change credited to developers active with AI (their share of their team's authored change). */
  mergedActive: number;
  /** Size units merged. */
  mergedSize: number;
  /** Reviewer hours: spent, and set aside (capacity before stretching). */
  reviewHours: number;
  capacityHours: number;
  /** Output units waiting for review at the week's end, and sum over merged change of value x weeks waited. */
  backlog: number;
  waitMass: number;
  /** Defects that escaped review, the incidents among them, and defects review caught. */
  escaped: number;
  incidents: number;
  caught: number;
  /** Rework hours worked off this week, and the hours of churn added to the stock this week. */
  reworkHours: number;
  churnHours: number;
  /** Tokens the AI reviewer spent (world with AI only). */
  aiReviewTokens: number;
}

export function emptyWorldWeek(): WorldWeek {
  return {
    reviewed: 0, merged: 0, delivered: 0, mergedActive: 0, mergedSize: 0, reviewHours: 0, capacityHours: 0,
    backlog: 0, waitMass: 0, escaped: 0, incidents: 0, caught: 0, reworkHours: 0, churnHours: 0, aiReviewTokens: 0,
  };
}

/**
 * Steps 1-4 for every team of one world; adds the week's figures into `out`. `withAi` says which world this is
 * (the AI reviewer and the AI-made change's size and defects act only there); the twin's change is all
 * human-written: its size is its value and its defects follow defectsPerOutputUnit.
 */
export function reviewWorld(
  pop: Population,
  world: DeliveryWorld,
  d: DeliveryParams,
  levers: DeliveryLevers,
  hoursPerWeek: number,
  withAi: boolean,
  inWindow: boolean,
  out: WorldWeek,
): void {
  const { teams, teamSize, teamReviewShare, teamReviewers } = pop;
  const { authored, size, defects, aiDefects, activeAuthored, backlogValue, backlogNew, backlogSize, backlogDefects, backlogAiDefects, backlogHours, backlogAge } = world;
  const { reworkStock, repairShare, reviewLoad, windowAuthored, windowMerged, totalAuthored, totalMerged } = world;
  const { sameWeekReviewShare: s, maxReviewStretch, skimElasticity, rushSensitivity, reviewHoursPerDefect, changesPerOutputUnit, reReviewShare } = d;
  const { incidentsPerEscapedDefect, aiDefectIncidentFactor, hoursPerIncident, churnHoursPerDefect, fixHoursPerCaughtDefect, maxReworkShare, reworkPayoffPerWeek } = d;
  const humanDefects = d.defectsPerOutputUnit * levers.defectScale; // defects/output unit of human change
  const aiCatch = withAi ? levers.aiReviewCatch : 0;
  const hoursPerSize = d.reviewHoursPerSizeUnit * (withAi ? 1 - levers.aiReviewHoursSaved : 1);
  const tokensPerSize = withAi ? levers.aiReviewTokensPerSizeUnit : 0;
  const catchAtNoLoad = Math.min(1, d.catchAtNoLoad * levers.catchScale);
  const bonus = levers.reviewShareBonus;
  // The week's sums, in a typed array: as local variables V8 may keep doubles boxed.
  const sum = new Float64Array(Sum.Slots);
  for (let t = 0; t < teams; t++) {
    // This week's change, its new share (the rest is rework) and what it needs of review.
    const v = authored[t];
    const vNew = v * (1 - repairShare[t]);
    const sz = withAi ? size[t] : v;
    const rawDefects = withAi ? defects[t] : v * humanDefects;
    const aiCaught = rawDefects * aiCatch; // caught by an AI reviewer before human review
    const def = rawDefects - aiCaught;
    const defAi = withAi ? aiDefects[t] * (1 - aiCatch) : 0; // of them, AI-made change's excess
    const hNew = sz * hoursPerSize + def * reviewHoursPerDefect;
    sum[Sum.AiTokens] += sz * tokensPerSize;

    // 1-2. Capacity and demand.
    const capacity = (teamReviewShare[t] + bonus * teamReviewers[t]) * hoursPerWeek;
    const bv = backlogValue[t], bNew = backlogNew[t], bs = backlogSize[t], bd = backlogDefects[t], bh = backlogHours[t], bAge = backlogAge[t];
    const bdAi = backlogAiDefects[t];
    const needed = bh + s * hNew;
    sum[Sum.Capacity] += capacity;

    // 3. Review: fc of the backlog and fn of this week's change (fn <= s, or all of it without reviewers).
    let fc = 1, fn = 1, c = 0, spent = 0;
    if (capacity > 0) {
      const stretched = capacity * maxReviewStretch;
      if (needed <= stretched) {
        // Everything that can be reviewed this week is, at full thoroughness (most teams, most weeks).
        spent = needed;
        fn = s;
        c = (catchAtNoLoad * capacity) / (capacity + rushSensitivity * needed);
      } else {
        const skim = Math.pow(stretched / needed, skimElasticity); // thoroughness
        spent = needed * skim < stretched ? needed * skim : stretched;
        fc = bh > 0 ? Math.min(1, spent / (bh * skim)) : 1;
        fn = hNew > 0 ? Math.min(s, (spent - fc * bh * skim) / (hNew * skim)) : s;
        c = (skim * catchAtNoLoad * capacity) / (capacity + rushSensitivity * needed);
      }
    } // else no reviewer in the team: change merges unreviewed, as it comes.
    reviewLoad[t] = capacity > 0 ? spent / capacity : 0;
    sum[Sum.ReviewHours] += spent;

    const rv = fc * bv + fn * v;
    const rNew = fc * bNew + fn * vNew;
    const rs = fc * bs + fn * sz;
    const rd = fc * bd + fn * def;
    const rdAi = fc * bdAi + fn * defAi;
    const rh = fc * bh + fn * hNew;
    const rAge = fc * bAge; // this week's change has waited 0 weeks
    const caught = rd * c;
    const returned = rv > 0 ? 1 - expFast(-caught / (rv * changesPerOutputUnit)) : 0; // share of reviewed change sent back
    const keep = 1 - returned;
    const merged = rv * keep;
    const escaped = rd * (1 - c) * keep;
    const escapedAi = rdAi * (1 - c) * keep;
    sum[Sum.Reviewed] += rv;
    sum[Sum.Merged] += merged;
    sum[Sum.Delivered] += rNew * keep;
    sum[Sum.MergedSize] += rs * keep;
    sum[Sum.WaitMass] += rAge * keep;
    sum[Sum.Escaped] += escaped;
    sum[Sum.Caught] += caught;
    if (v > 0) sum[Sum.MergedActive] += activeAuthored[t] * (merged / v);
    // Authored and merged by team, to credit developers (over the run and over the window).
    totalAuthored[t] += v;
    totalMerged[t] += merged;
    if (inWindow) {
      windowAuthored[t] += v;
      windowMerged[t] += merged;
    }

    // The backlog carried to next week: what was not reviewed, and what review sent back (its caught defects
    // fixed, needing reReviewShare of its review again). Everything in it is a week older at the boundary.
    const nv = (1 - fc) * bv + (1 - fn) * v + returned * rv;
    backlogValue[t] = nv;
    backlogNew[t] = (1 - fc) * bNew + (1 - fn) * vNew + returned * rNew;
    backlogSize[t] = (1 - fc) * bs + (1 - fn) * sz + returned * rs;
    backlogDefects[t] = (1 - fc) * bd + (1 - fn) * def + returned * rd * (1 - c);
    backlogAiDefects[t] = (1 - fc) * bdAi + (1 - fn) * defAi + returned * rdAi * (1 - c);
    backlogHours[t] = (1 - fc) * bh + (1 - fn) * hNew + returned * rh * reReviewShare;
    backlogAge[t] = (1 - fc) * bAge + returned * rAge + nv;
    sum[Sum.Backlog] += nv;

    // 4. Quality and rework: this week's share was set aside last week; new hours join the stock.
    const teamHours = teamSize[t] * hoursPerWeek;
    sum[Sum.Rework] += repairShare[t] * teamHours;
    // AI-made change's excess defects cause incidents at aiDefectIncidentFactor of the rate.
    const incidents = (escaped - escapedAi + escapedAi * aiDefectIncidentFactor) * incidentsPerEscapedDefect;
    const churnHours = (escaped - incidents) * churnHoursPerDefect;
    sum[Sum.Incidents] += incidents;
    sum[Sum.Churn] += churnHours;
    const stock = reworkStock[t] + incidents * hoursPerIncident + churnHours + (caught + aiCaught) * fixHoursPerCaughtDefect;
    // Next week's rework share of the team's time: reworkPayoffPerWeek of the stock, at most maxReworkShare.
    const share = teamHours > 0 ? Math.min(maxReworkShare, (reworkPayoffPerWeek * stock) / teamHours) : 0;
    reworkStock[t] = stock - share * teamHours;
    repairShare[t] = share;
  }
  out.reviewed += sum[Sum.Reviewed];
  out.merged += sum[Sum.Merged];
  out.delivered += sum[Sum.Delivered];
  out.mergedActive += sum[Sum.MergedActive];
  out.mergedSize += sum[Sum.MergedSize];
  out.reviewHours += sum[Sum.ReviewHours];
  out.capacityHours += sum[Sum.Capacity];
  out.backlog += sum[Sum.Backlog];
  out.waitMass += sum[Sum.WaitMass];
  out.escaped += sum[Sum.Escaped];
  out.incidents += sum[Sum.Incidents];
  out.caught += sum[Sum.Caught];
  out.reworkHours += sum[Sum.Rework];
  out.churnHours += sum[Sum.Churn];
  out.aiReviewTokens += sum[Sum.AiTokens];
}

/**
 * The backlog of week 1 in both worlds: the (1 - sameWeekReviewShare) of a week of each team's expected
 * output without AI that waits into the next week, as human-written change. Without it the first weeks would
 * merge less than a running team does.
 */
export function initialBacklog(pop: Population, world: DeliveryWorld, d: DeliveryParams): void {
  const { team, baseOutput } = pop;
  const carried = 1 - d.sameWeekReviewShare;
  for (let i = 0; i < pop.size; i++) world.backlogValue[team[i]] += carried * baseOutput[i];
  const hoursPerValue = d.reviewHoursPerSizeUnit + d.defectsPerOutputUnit * d.reviewHoursPerDefect;
  for (let t = 0; t < pop.teams; t++) {
    const v = world.backlogValue[t];
    world.backlogNew[t] = v;
    world.backlogSize[t] = v;
    world.backlogDefects[t] = v * d.defectsPerOutputUnit;
    world.backlogHours[t] = v * hoursPerValue;
  }
}
