// leaderboard: developers are ranked by weekly tokens and the top of the board is shown (Amazon's and Meta's
// internal token leaderboards, 2025-2026; "tokenmaxxing").
//
// Behaviour modelled:
//  - The bar is last week's tokens of the lowest developer shown (the k-th largest among those not flagged).
//  - Each week an active developer chases a place with probability `rewardStrength x competitiveness`;
//    one who chased last week and is on the board keeps at it with probability `keepProbability`
//    (losing a place hurts more than gaining one).
//    A chaser aims at `bar x (1 + overshoot)` and pads the gap with wasted tokens, if the target is within
//    what they will stomach: at most `1 + maxWasteMultiple x gaming` times their own tokens.
//  - Those on the board chase rank too: they aim at `max(bar, their own tokens last week) x (1 + overshoot)`,
//    since everyone else on the board climbs. Chasers overshooting lift next week's bar and the top of the
//    board climbs week after week: an arms race that stretches the tail until what people stomach, or the
//    weekly cap on tokens, binds.
//  - Optional waste detection: a developer whose week is more than `detection.wasteShareThreshold` waste is
//    flagged with weekly probability `detection.probability`, leaves the board for good and stops chasing.
//
// Parameters (unit, default, source):
//  - topK: developers shown (developers, 0 = topShare of the population; a topK above the population shows all)
//  - topShare: share shown when topK is 0 (share, 0.1, assumption: "top 10%" tiers)
//  - rewardStrength: how much a place is worth to people, 0-1 (share, 0.5, assumption)
//  - overshoot: margin above the bar chasers aim for (share, 0.1, assumption)
//  - keepProbability: weekly probability that a chaser on the board keeps chasing (1/week, 0.9, assumption:
//    loss aversion, Kahneman & Tversky 1979)
//  - maxWasteMultiple: most a fully gaming developer multiplies their own tokens by to chase (factor, 10, assumption)
//  - detection.enabled (false), detection.wasteShareThreshold (share, 0.5), detection.probability (1/week, 0.2)
import { ACTIVE, type ArmState } from "../model/arm-state.js";
import type { Population } from "../model/population.js";
import { selectInPlace } from "../stats/order-statistics.js";
import { UNIT_PER_WORD } from "../random/distributions.js";
import { addWasteCapped, secondUniform } from "../model/policy-hooks.js";
import { type PolicyBehaviour } from "./types.js";
import type { LeaderboardParams } from "../scenario/policies/leaderboard.js";

/** State of one arm's leaderboard. */
interface Board {
  readonly n: number;
  /** Developers shown. */
  readonly shown: number;
  readonly maxTokens: number;
  /** 1 + overshoot. */
  readonly overshoot: number;
  readonly keepProbability: number;
  readonly rewardStrength: number;
  readonly maxWasteMultiple: number;
  readonly detect: boolean;
  readonly wasteShareThreshold: number;
  readonly detectProbability: number;
  /** Per developer: CHASED (chased a place this week) and FLAGGED (caught wasting: off the board for good). */
  readonly flags: Uint8Array;
  /** Last week's tokens (useful + wasted), per developer. */
  readonly lastTokens: Float64Array;
  /** Scratch for the ranking: the tokens of those who may set the bar. Grown as needed, up to n. */
  work: Float64Array<ArrayBuffer>;
  /**
   * Tokens of the lowest developer shown last week (0 before the first ranking). "On the board" last week
   * means not flagged, bar > 0 and lastTokens >= bar (computed where needed rather than stored).
   */
  bar: number;
  /** This week's count so far of unflagged developers, and of candidates for the bar held in `work`. */
  eligible: number;
  kept: number;
}

// The weekly loops are module functions, not closures: V8 keeps type feedback per closure, so a closure made
// for each run would start cold (and deoptimise) every run.

/** changeWaste for developers [from, to): chasers pad their tokens with waste towards the bar. */
function chaseBoard(b: Board, pop: Population, arm: ArmState, uPolicy: Uint32Array, from: number, to: number): void {
  const bar = b.bar;
  if (bar <= 0) return; // week 1: no board yet
  const { flags, lastTokens, overshoot, keepProbability, rewardStrength, maxWasteMultiple, maxTokens } = b;
  const { competitiveness, gaming } = pop;
  const { adoption, useful, wasted } = arm;
  for (let i = from; i < to; i++) {
    const f = flags[i];
    if (f & CHASED) flags[i] = f & ~CHASED;
    if (adoption[i] !== ACTIVE || f & FLAGGED) continue;
    const last = lastTokens[i];
    const onBoard = last >= bar; // not flagged, and bar > 0 here
    const chase = f & CHASED && onBoard ? keepProbability : rewardStrength * competitiveness[i];
    if (uPolicy[i] * UNIT_PER_WORD >= chase) continue;
    flags[i] |= CHASED;
    const tokens = useful[i] + wasted[i];
    const target = (onBoard && last > bar ? last : bar) * overshoot;
    if (tokens >= target || target > tokens * (1 + maxWasteMultiple * gaming[i])) continue;
    addWasteCapped(arm, i, target - tokens, maxTokens);
  }
}

/**
 * observeBlock for developers [from, to): this week's tokens become last week's, detection flags the wasteful,
 * and the candidates for the new bar are collected. The bar is the k-th largest of the unflagged developers'
 * tokens. Only values at or above a cut can be it when at least k values reach the cut, so just those are
 * kept for selection; the cut is half last week's bar (the bar moves little from week to week).
 */
function collectBoard(b: Board, arm: ArmState, uPolicy: Uint32Array, from: number, to: number): void {
  const { n, flags, lastTokens, detect, wasteShareThreshold, detectProbability } = b;
  const { useful, wasted } = arm;
  const cut = b.bar * 0.5;
  let work = b.work;
  let eligible = b.eligible; // unflagged developers so far this week
  let kept = b.kept; // of them, those at or above the cut, in work[0, kept)
  for (let i = from; i < to; i++) {
    const tokens = useful[i] + wasted[i];
    lastTokens[i] = tokens;
    let f = flags[i];
    if (detect && !(f & FLAGGED) && tokens > 0) {
      if (wasted[i] > wasteShareThreshold * tokens && secondUniform(uPolicy[i] * UNIT_PER_WORD) < detectProbability) {
        f |= FLAGGED;
        flags[i] = f;
      }
    }
    if (f & FLAGGED) continue;
    eligible++;
    if (tokens >= cut) {
      if (kept === work.length) work = grow(work, n);
      work[kept++] = tokens;
    }
  }
  b.work = work;
  b.eligible = eligible;
  b.kept = kept;
}

/** afterWeek: the new bar from the candidates collected, then a fresh count for next week. */
function rankBoard(b: Board): void {
  const { n, flags, lastTokens, shown, eligible } = b;
  let { work, kept } = b;
  // The k-th largest is the (count - k)-th smallest; with fewer on the board than k, the lowest shown.
  if (eligible === 0) {
    b.bar = 0;
  } else if (kept >= shown && kept < eligible) {
    b.bar = selectInPlace(work, kept, kept - shown);
  } else {
    if (kept < eligible) {
      // The cut was too high: rank every unflagged developer.
      if (work.length < eligible) work = new Float64Array(Math.min(n, Math.max(eligible, 2 * work.length)));
      kept = 0;
      for (let i = 0; i < n; i++) if (!(flags[i] & FLAGGED)) work[kept++] = lastTokens[i];
    }
    b.bar = selectInPlace(work, kept, Math.max(0, kept - shown));
  }
  b.work = work;
  b.eligible = 0;
  b.kept = 0;
}

/** Bits of the per-developer flags. */
const CHASED = 1;
const FLAGGED = 2;

/** A larger scratch array (doubling, at most `max` values), holding the old one's values. */
function grow(work: Float64Array, max: number): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(Math.min(max, Math.max(1024, 2 * work.length)));
  bigger.set(work);
  return bigger;
}

export const leaderboardPolicy: PolicyBehaviour<LeaderboardParams> = {
  type: "leaderboard",
  summary: "developers ranked by tokens; the competitive pad with waste to reach the board",
  create(params, pop, model, arrays) {
    const n = pop.size;
    const board: Board = {
      n,
      shown: params.topK > 0 ? Math.min(params.topK, n) : Math.max(1, Math.round(params.topShare * n)),
      maxTokens: model.population.maxTokensPerWeek,
      overshoot: 1 + params.overshoot,
      keepProbability: params.keepProbability,
      rewardStrength: params.rewardStrength,
      maxWasteMultiple: params.maxWasteMultiple,
      detect: params.detection.enabled,
      wasteShareThreshold: params.detection.wasteShareThreshold,
      detectProbability: params.detection.probability,
      flags: arrays.take(Uint8Array, n),
      lastTokens: arrays.take(Float64Array, n),
      work: new Float64Array(Math.min(n, 1024)),
      bar: 0,
      eligible: 0,
      kept: 0,
    };
    return {
      changeWaste: (_pop, arm, ctx, from, to) => chaseBoard(board, pop, arm, ctx.uPolicy, from, to),
      observeBlock: (_pop, arm, ctx, from, to) => collectBoard(board, arm, ctx.uPolicy, from, to),
      afterWeek: () => rankBoard(board),
    };
  },
};
