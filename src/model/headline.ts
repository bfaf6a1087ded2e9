// The headline ratios of the model brief, measured over the last `windowWeeks` weeks among active users:
// how many more tokens the top decile uses than the median user, and how much more it produces.
//
// Definitions (T = a developer's mean weekly tokens in the window, Y = output, Y0 = output without AI):
//  - active users: T >= the dashboard's activity threshold (and T > 0);
//  - top decile: the ceil(10%) active users with the most tokens; the median band: active users ranked
//    between the 45th and 55th percentile of tokens (at least one), standing in for "the median user";
//  - token ratio = mean_top(T) / median(T), split into useful + waste parts that add up to it;
//  - observed output ratio = mean_top(Y) / mean_band(Y);
//  - selection ratio = mean_top(Y0) / mean_band(Y0): how much more the top decile would produce without AI;
//  - causal ratio = [mean_top(Y) / mean_top(Y0)] / [mean_band(Y) / mean_band(Y0)]: the gain AI gives them.
//  The identity observed = causal x selection holds exactly.
// The same ratios on merged change (J2 counts merged pull requests): a developer's merged output M is their
// output times their team's merged / authored ratio over the window (M0 likewise in the no-AI twin). The
// measured gain of active users is ΣM / ΣM0 - 1, overall and per level.
import type { ArmState } from "./arm-state.js";
import type { DeliveryWorld } from "./delivery-state.js";
import type { Population } from "./population.js";
import { freshArrays, type ArraySource } from "./arrays.js";
import { medianInPlace, medianSorted } from "../stats/order-statistics.js";

export interface Headline {
  activeUsers: number;
  medianTokens: number;
  topDecileMeanTokens: number;
  topDecileTokenRatio: number;
  topDecileTokenRatioUseful: number;
  topDecileTokenRatioWaste: number;
  topDecileOutputRatio: number;
  topDecileOutputRatioCausal: number;
  topDecileOutputRatioSelection: number;
  topDecileWasteShare: number;
  topDecileTokenShare: number;
  /** Median, over active users, of their token cost per active day (USD). */
  medianCostPerActiveDayUsd: number;
  /** The output ratios on merged change (observed, causal, selection). */
  topDecileMergedOutputRatio: number;
  topDecileMergedOutputRatioCausal: number;
  topDecileMergedOutputRatioSelection: number;
  /** Active users' merged output over their no-AI twin's, minus 1: overall and per level (index into LEVELS). */
  measuredGain: number;
  measuredGainByLevel: number[];
}

/**
 * Each team's merged / authored ratio of a world over the window (or the run): what a developer of the team is
 * credited with per output unit authored. 1 for a team that authored nothing, or when the layer is off.
 */
export function mergedPerAuthored(world: DeliveryWorld, teams: number, overRun: boolean, arrays: ArraySource = freshArrays): Float64Array {
  const out = arrays.take(Float64Array, teams);
  const authored = overRun ? world.totalAuthored : world.windowAuthored;
  const merged = overRun ? world.totalMerged : world.windowMerged;
  for (let t = 0; t < teams; t++) out[t] = authored.length > 0 && authored[t] > 0 ? merged[t] / authored[t] : 1;
  return out;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/**
 * The developer indices `ids` (ascending) ordered by `values[id]` descending, ties in ascending index: the
 * order of `sort((a, b) => values[b] - values[a] || a - b)`, by a stable least-significant-digit radix sort
 * on the values' bits (16 bits a pass, four passes) instead of ~m log m calls of a comparator. The values must
 * be >= 0 (not NaN): then their IEEE-754 bit patterns, read as unsigned integers, order like the values.
 */
export function sortByTokensDescending(values: Float64Array, ids: Uint32Array, arrays: ArraySource = freshArrays): Uint32Array {
  const m = ids.length;
  // Each value's bits as two 32-bit words (little-endian: low word first), read through a view of the values.
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  // Scratch of the values' length (not m), so that an arena reuses it whatever the number of ids.
  let src = arrays.take(Uint32Array, values.length).subarray(0, m);
  src.set(ids);
  let dst = arrays.take(Uint32Array, values.length).subarray(0, m);
  const count = arrays.take(Uint32Array, 65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1; // 0: low word, 1: high word
    const shift = (pass & 1) * 16;
    count.fill(0);
    // Descending: sort ascending on the complemented digit.
    for (let k = 0; k < m; k++) count[0xffff - ((words[2 * src[k] + word] >>> shift) & 0xffff)]++;
    if (count[0xffff - ((words[2 * src[0] + word] >>> shift) & 0xffff)] === m) continue; // one digit: nothing moves
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let k = 0; k < m; k++) {
      const id = src[k];
      dst[count[0xffff - ((words[2 * id + word] >>> shift) & 0xffff)]++] = id;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

export function computeHeadline(
  pop: Population,
  arm: ArmState,
  windowWeeks: number,
  threshold: number,
  activeDaysPerWeek: number,
  arrays: ArraySource = freshArrays,
): Headline {
  const n = arm.windowTokens.length;
  const tokens = arm.windowTokens;
  let m = 0;
  const candidates = arrays.take(Uint32Array, n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] / windowWeeks;
    if (t > 0 && t >= threshold) candidates[m++] = i;
  }
  const empty: Headline = {
    activeUsers: 0, medianTokens: 0, topDecileMeanTokens: 0, topDecileTokenRatio: 0, topDecileTokenRatioUseful: 0,
    topDecileTokenRatioWaste: 0, topDecileOutputRatio: 0, topDecileOutputRatioCausal: 0, topDecileOutputRatioSelection: 0,
    topDecileWasteShare: 0, topDecileTokenShare: 0, medianCostPerActiveDayUsd: 0, topDecileMergedOutputRatio: 0,
    topDecileMergedOutputRatioCausal: 0, topDecileMergedOutputRatioSelection: 0, measuredGain: 0,
    measuredGainByLevel: Array.from(pop.levelGain, () => 0),
  };
  if (m === 0) return empty;

  // Most tokens first; ties broken by developer index so the order is the same on every machine.
  const active = sortByTokensDescending(tokens, candidates.subarray(0, m), arrays);

  const { team, level } = pop;
  const credit = mergedPerAuthored(arm.delivery.ai, pop.teams, false, arrays);
  const credit0 = mergedPerAuthored(arm.delivery.twin, pop.teams, false, arrays);
  const top = Math.ceil(m / 10);
  let topT = 0, topW = 0, topY = 0, topY0 = 0, topM = 0, topM0 = 0;
  for (let r = 0; r < top; r++) {
    const i = active[r];
    topT += tokens[i];
    topW += arm.windowWasted[i];
    topY += arm.windowOutput[i];
    topY0 += arm.windowOutput0[i];
    topM += arm.windowOutput[i] * credit[team[i]];
    topM0 += arm.windowOutput0[i] * credit0[team[i]];
  }
  const bandFrom = Math.floor(0.45 * m);
  const bandTo = Math.max(bandFrom + 1, Math.ceil(0.55 * m));
  let bandY = 0, bandY0 = 0, bandM = 0, bandM0 = 0;
  for (let r = bandFrom; r < bandTo; r++) {
    const i = active[r];
    bandY += arm.windowOutput[i];
    bandY0 += arm.windowOutput0[i];
    bandM += arm.windowOutput[i] * credit[team[i]];
    bandM0 += arm.windowOutput0[i] * credit0[team[i]];
  }
  // Measured gain of active users on merged change, overall and per level.
  const levels = pop.levelGain.length;
  const levelM = new Float64Array(levels), levelM0 = new Float64Array(levels);
  for (let r = 0; r < m; r++) {
    const i = active[r];
    levelM[level[i]] += arm.windowOutput[i] * credit[team[i]];
    levelM0[level[i]] += arm.windowOutput0[i] * credit0[team[i]];
  }
  let allM = 0, allM0 = 0;
  for (let l = 0; l < levels; l++) {
    allM += levelM[l];
    allM0 += levelM0[l];
  }
  let allT = 0;
  const ascending = arrays.take(Float64Array, n).subarray(0, m);
  const costPerDay = arrays.take(Float64Array, n).subarray(0, m);
  for (let r = 0; r < m; r++) {
    const i = active[m - 1 - r];
    ascending[r] = tokens[i] / windowWeeks;
    allT += tokens[i];
    costPerDay[r] = arm.windowTokenCost[i] / Math.max(1, arm.windowActiveWeeks[i]) / activeDaysPerWeek;
  }

  const medianTokens = medianSorted(ascending);
  const topMean = topT / top / windowWeeks;
  const topUsefulMean = (topT - topW) / top / windowWeeks;
  const band = bandTo - bandFrom;
  const observed = ratio(topY / top, bandY / band);
  const selection = ratio(topY0 / top, bandY0 / band);
  const mergedObserved = ratio(topM / top, bandM / band);
  const mergedSelection = ratio(topM0 / top, bandM0 / band);
  return {
    activeUsers: m,
    medianTokens,
    topDecileMeanTokens: topMean,
    topDecileTokenRatio: ratio(topMean, medianTokens),
    topDecileTokenRatioUseful: ratio(topUsefulMean, medianTokens),
    topDecileTokenRatioWaste: ratio(topMean - topUsefulMean, medianTokens),
    topDecileOutputRatio: observed,
    topDecileOutputRatioCausal: ratio(observed, selection),
    topDecileOutputRatioSelection: selection,
    topDecileWasteShare: ratio(topW, topT),
    topDecileTokenShare: ratio(topT, allT),
    medianCostPerActiveDayUsd: medianInPlace(costPerDay, m), // O(m) selection, not a sort
    topDecileMergedOutputRatio: mergedObserved,
    topDecileMergedOutputRatioCausal: ratio(mergedObserved, mergedSelection),
    topDecileMergedOutputRatioSelection: mergedSelection,
    measuredGain: allM0 > 0 ? allM / allM0 - 1 : 0,
    measuredGainByLevel: Array.from(levelM, (x, l) => (levelM0[l] > 0 ? x / levelM0[l] - 1 : 0)),
  };
}
