// One week of one arm, in the order of the model brief: policy pressure, adoption and lapsing, useful tokens,
// wasted tokens (policies), output with and without AI, learning, cost and measurement.
// Pure: every random number comes from `draws`, which every arm of a replicate shares (common random numbers).
import { ACTIVE, LAPSED, type ArmState } from "./arm-state.js";
import type { ModelParams } from "./params.js";
import type { Population } from "./population.js";
import type { WeekContext } from "../policies/types.js";

/** The week's random draws, one value per developer each; identical for every arm of a replicate. */
export interface WeekDraws {
  /** Standard normals: weekly noise in useful tokens. */
  zTokens: Float64Array;
  /** Standard normals: weekly noise in output (with and without AI alike). */
  zOutput: Float64Array;
  /** Uniforms in [0, 1): the adoption or lapse decision. */
  uAdoption: Float64Array;
  /** Uniforms in [0, 1): policy decisions (complying, chasing a rank, detection). */
  uPolicy: Float64Array;
}

/** Organisation totals for one arm and week. */
export interface WeekTotals {
  /** 1-based week number. */
  week: number;
  adopted: number;
  activeMeasured: number;
  activeGenuine: number;
  tokensUseful: number;
  tokensWasted: number;
  tokenCostUsd: number;
  seatCostUsd: number;
  output: number;
  outputWithoutAi: number;
}

const WEEKS_PER_YEAR = 52;

export function stepWeek(
  pop: Population,
  arm: ArmState,
  p: ModelParams,
  draws: WeekDraws,
  ctx: WeekContext,
  inWindow: boolean,
): WeekTotals {
  const n = pop.size;
  const { adoption: ad, proficiency: prof, useful, wasted, push, hold, lastGain, teamActive } = arm;
  const { team, teamSize, demand, adoptionFit } = pop;

  // 1. Policy pressure on adoption and lapsing.
  const pressing = arm.policies.filter((x) => x.beforeAdoption);
  if (pressing.length > 0) {
    push.fill(0);
    hold.fill(0);
    for (const policy of pressing) policy.beforeAdoption!(pop, arm, ctx);
  }

  // 2-3. Adoption, lapsing and useful tokens.
  const innovation = p.adoption.innovationPerYear / WEEKS_PER_YEAR;
  const imitation = p.adoption.imitationPerYear / WEEKS_PER_YEAR;
  const { lapseRatePerWeek, gainToStay, readoptionFactor } = p.adoption;
  const sigmaT = p.response.tokenNoiseSigma;
  const tokenNoiseShift = -0.5 * sigmaT * sigmaT; // keeps the noise's mean at 1
  const maxTokens = p.population.maxTokensPerWeek;
  const { zTokens, zOutput, uAdoption } = draws;
  for (let i = 0; i < n; i++) {
    let state = ad[i];
    const u = uAdoption[i];
    if (state === ACTIVE) {
      const g = lastGain[i];
      if (g < gainToStay && u < lapseRatePerWeek * (1 - g / gainToStay) * (1 - hold[i])) state = LAPSED;
    } else {
      const t = team[i];
      const organic = (innovation + (imitation * teamActive[t]) / teamSize[t]) * adoptionFit[i];
      const rate = organic * (state === LAPSED ? readoptionFactor : 1) + push[i];
      if (u < 1 - Math.exp(-rate)) state = ACTIVE;
    }
    ad[i] = state;
    wasted[i] = 0;
    if (state === ACTIVE) {
      const tokens = demand[i] * prof[i] * Math.exp(sigmaT * zTokens[i] + tokenNoiseShift);
      useful[i] = tokens < maxTokens ? tokens : maxTokens;
    } else {
      useful[i] = 0;
    }
  }

  // 4. Wasted tokens, in the order the arm lists its policies.
  for (const policy of arm.policies) policy.addWaste?.(pop, arm, ctx);

  // 5-6. Output with and without AI, learning, cost and measurement.
  const { elasticity, maxGain, halfSaturationTokens, outputNoiseSigma, wasteHoursPerMTokens, hoursPerWeek } = p.response;
  const outputNoiseShift = -0.5 * outputNoiseSigma * outputNoiseSigma;
  const lostSharePerToken = wasteHoursPerMTokens / 1e6 / hoursPerWeek;
  const { learningTokens, decayPerWeek, floor } = p.proficiency;
  const threshold = p.measurement.activeThresholdTokens;
  const price = ctx.pricePerToken;
  const seatPerWeek = (p.economics.seatUsdPerMonth * 12) / WEEKS_PER_YEAR;
  const { baseOutput, level, levelGain, levelLearning } = pop;
  const { totalTokens, totalWasted, totalCost, totalOutput, totalOutput0 } = arm;
  const { windowTokens, windowWasted, windowTokenCost, windowOutput, windowOutput0, windowActiveWeeks } = arm;
  teamActive.fill(0);

  let adopted = 0;
  let activeMeasured = 0;
  let activeGenuine = 0;
  let tokensUseful = 0;
  let tokensWasted = 0;
  let output = 0;
  let output0 = 0;
  for (let i = 0; i < n; i++) {
    const u = useful[i];
    const w = wasted[i];
    const tokens = u + w;
    const active = ad[i] === ACTIVE;
    const pr = prof[i];

    // Concave, saturating response (a Hill function) to proficiency-weighted useful tokens.
    let gain = 0;
    if (u > 0) {
      const x = Math.pow((pr * u) / halfSaturationTokens, elasticity);
      gain = (levelGain[level[i]] * maxGain * x) / (1 + x);
    }
    const y0 = baseOutput[i] * Math.exp(outputNoiseSigma * zOutput[i] + outputNoiseShift);
    const lost = w * lostSharePerToken;
    const y = y0 * (1 + gain) * (lost < 1 ? 1 - lost : 0);

    if (active) {
      adopted++;
      teamActive[team[i]]++;
      lastGain[i] = gain;
      if (u > 0) {
        const pace = u < learningTokens ? u / learningTokens : 1;
        prof[i] = pr + levelLearning[level[i]] * (1 - pr) * pace;
      }
    } else {
      lastGain[i] = 0;
      if (pr > floor) prof[i] = pr - decayPerWeek * (pr - floor);
    }
    if (tokens > 0 && tokens >= threshold) activeMeasured++;
    if (u > 0 && u >= threshold) activeGenuine++;

    const tokenCost = tokens * price;
    totalTokens[i] += tokens;
    totalWasted[i] += w;
    totalCost[i] += tokenCost + (active ? seatPerWeek : 0);
    totalOutput[i] += y;
    totalOutput0[i] += y0;
    if (inWindow) {
      windowTokens[i] += tokens;
      windowWasted[i] += w;
      windowTokenCost[i] += tokenCost;
      windowOutput[i] += y;
      windowOutput0[i] += y0;
      if (active) windowActiveWeeks[i]++;
    }
    tokensUseful += u;
    tokensWasted += w;
    output += y;
    output0 += y0;
  }

  arm.measuredShareLastWeek = n > 0 ? activeMeasured / n : 0;
  for (const policy of arm.policies) policy.afterWeek?.(pop, arm, ctx);

  return {
    week: ctx.week + 1,
    adopted,
    activeMeasured,
    activeGenuine,
    tokensUseful,
    tokensWasted,
    tokenCostUsd: (tokensUseful + tokensWasted) * price,
    seatCostUsd: adopted * seatPerWeek,
    output,
    outputWithoutAi: output0,
  };
}
