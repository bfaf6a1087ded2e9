// One week of one arm, in the order of docs/MODEL.md §1.3: policy pressure; the developer phase (adoption and
// lapsing, useful tokens, wasted tokens, work, output with and without AI, learning, cost and measurement);
// the team phase (next week's adoption hazards) and the policies' own updates.
// Pure: every random number comes from `draws`, which every arm of a replicate shares (common random numbers).
import { ACTIVE, LAPSED, WeekSum, type ArmState } from "./arm-state.js";
import type { ModelParams } from "./params.js";
import type { Population } from "./population.js";
import type { WeekContext } from "./policy-hooks.js";
import { blockEnd, UNIT_PER_WORD } from "../random/distributions.js";

/** The week's random draws, one value per developer each; identical for every arm of a replicate. */
export interface WeekDraws {
  /** Standard normals: weekly noise in useful tokens (Float32: 4 bytes a developer; ample for a noise term). */
  zTokens: Float32Array;
  /** Standard normals: weekly noise in output (with and without AI alike). */
  zOutput: Float32Array;
  /** Uniforms in [0, 1) as 32-bit words k (u = k x UNIT_PER_WORD, exact): the adoption or lapse decision. */
  uAdoption: Uint32Array;
  /** Uniforms in [0, 1) as 32-bit words: policy decisions (complying, chasing a rank, detection). */
  uPolicy: Uint32Array;
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
  /** Cost of policy programmes (training), USD. */
  programCostUsd: number;
  output: number;
  outputWithoutAi: number;
}

const WEEKS_PER_YEAR = 52;

/**
 * A draw u at or above `rate + ADOPTION_MARGIN` cannot pass `u < 1 - exp(-rate)`, since 1 - exp(-rate) <= rate
 * and its rounding error is below 1e-15: the step skips the exponential for it. The decision is unchanged.
 */
const ADOPTION_MARGIN = 1e-12;

// ---- Exponential without a call into C: Math.exp costs ~12 ns a call in Node 20 on the bench machine (a call to
// the runtime's fdlibm), this ~4 ns once inlined, and the weekly loop takes up to three a developer.
// exp(x) = 2^(k/64) x exp(r), k = round(64 x / ln 2), |r| <= ln 2 / 128; exp(r) by its Taylor polynomial to r^5
// (truncation below 4e-17 relative). Within 2 units in the last place of Math.exp (checked on 10^6 points of
// [-30, 30]); arguments outside (-700, 700), NaN and infinities go to Math.exp.
const EXP_STEPS = 64;
const EXP_INV_STEP = EXP_STEPS / Math.LN2;
/** ln 2 / 64 in two parts (fdlibm's split of ln 2): k x hi is exact for |k| < 2^21. */
const EXP_STEP_HI = 6.9314718036912381649e-1 / EXP_STEPS;
const EXP_STEP_LO = 1.90821492927058770002e-10 / EXP_STEPS;
/** 2^(j/64), j = 0..63. */
const EXP_FRACTION = Float64Array.from({ length: EXP_STEPS }, (_, j) => 2 ** (j / EXP_STEPS));
/** 2^m for m = -1050..1049, at m + 1050. */
const EXP_POW2 = Float64Array.from({ length: 2100 }, (_, m) => 2 ** (m - 1050));

/** e^x, within 2 ulp of Math.exp. */
export function expFast(x: number): number {
  if (!(x > -700 && x < 700)) return Math.exp(x);
  const kf = Math.floor(x * EXP_INV_STEP + 0.5);
  const k = kf | 0;
  const r = x - kf * EXP_STEP_HI - kf * EXP_STEP_LO;
  const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  return EXP_FRACTION[k & (EXP_STEPS - 1)] * EXP_POW2[(k >> 6) + 1050] * p;
}

/**
 * Developers per block of the weekly step. A block's arrays (~200 bytes a developer with the policies') stay in
 * the CPU's level-2 cache from one pass to the next; the passes are small functions on typed arrays that V8
 * optimises once and keeps optimised (see BLOCK in distributions.ts).
 */
const STEP_BLOCK = 2048;

// stepWeek runs the policies' weekly hooks (cold code: a few calls a week), then the developer phase: block by
// block, the two hot loops over developers and the policies' per-developer hooks; then the team phase.

export function stepWeek(
  pop: Population,
  arm: ArmState,
  p: ModelParams,
  draws: WeekDraws,
  ctx: WeekContext,
  inWindow: boolean,
): WeekTotals {
  const n = pop.size;
  const policies = arm.policies;
  arm.programCostUsd = 0;

  // 1. Policy pressure on adoption and lapsing: this week's factors on each developer's traits.
  const pressure = arm.pressure;
  pressure.pushPerConformity = 0;
  pressure.pushPerFit = 0;
  pressure.holdPerConformity = 0;
  for (const policy of policies) policy.pressAdoption?.(pop, arm, ctx);

  const { teamHazard, levelMaxGain, weekSums: sums } = arm;
  arm.teamActive.fill(0); // recounted by the output pass
  const price = ctx.pricePerToken; // USD/token
  const seatPerWeek = (p.economics.seatUsdPerMonth * 12) / WEEKS_PER_YEAR; // USD/week
  sums.fill(0);
  const { levelGain } = pop;
  for (let l = 0; l < levelGain.length; l++) levelMaxGain[l] = levelGain[l] * p.response.maxGain;

  // The developer phase (steps 2-5).
  if (arm.tokensByBlock) {
    // Every policy's token hook is per developer: each block of developers goes through steps 2-5 while its
    // arrays are still in the CPU's cache (the same numbers as pass after pass: nothing in a step reads another
    // developer's values of the same week).
    for (let from = 0, to = 0; from < n; from = to) {
      to = blockEnd(from, n, STEP_BLOCK);
      adoptionPass(pop, arm, p, draws, teamHazard, from, to);
      for (const policy of policies) policy.changeWaste?.(pop, arm, ctx, from, to);
      outputBlock(pop, arm, p, draws, ctx, price, seatPerWeek, inWindow, from, to);
    }
  } else {
    // A policy needs the whole week's tokens (team budgets): adoption for everyone first, then the token hooks.
    for (let from = 0, to = 0; from < n; from = to) adoptionPass(pop, arm, p, draws, teamHazard, from, (to = blockEnd(from, n, STEP_BLOCK)));
    for (const policy of policies) {
      policy.changeWaste?.(pop, arm, ctx, 0, n);
      policy.capTokens?.(pop, arm, ctx);
    }
    for (let from = 0, to = 0; from < n; from = to) {
      to = blockEnd(from, n, STEP_BLOCK);
      outputBlock(pop, arm, p, draws, ctx, price, seatPerWeek, inWindow, from, to);
    }
  }
  const adopted = sums[WeekSum.Adopted];
  const activeMeasured = sums[WeekSum.ActiveMeasured];
  const tokensUseful = sums[WeekSum.TokensUseful];
  const tokensWasted = sums[WeekSum.TokensWasted];
  arm.measuredShareLastWeek = n > 0 ? activeMeasured / n : 0;

  teamPhase(pop, arm, p);
  for (const policy of policies) policy.afterWeek?.(pop, arm, ctx);

  return {
    week: ctx.week + 1,
    adopted,
    activeMeasured,
    activeGenuine: sums[WeekSum.ActiveGenuine],
    tokensUseful,
    tokensWasted,
    tokenCostUsd: (tokensUseful + tokensWasted) * price,
    seatCostUsd: adopted * seatPerWeek,
    programCostUsd: arm.programCostUsd,
    output: sums[WeekSum.Output],
    outputWithoutAi: sums[WeekSum.OutputWithoutAi],
  };
}

/** Step 5 for developers [from, to): the policies' work hooks, output and learning, and what policies observe. */
function outputBlock(
  pop: Population,
  arm: ArmState,
  p: ModelParams,
  draws: WeekDraws,
  ctx: WeekContext,
  price: number,
  seatPerWeek: number,
  inWindow: boolean,
  from: number,
  to: number,
): void {
  const policies = arm.policies;
  for (const policy of policies) policy.changeWork?.(pop, arm, ctx, from, to);
  outputPass(pop, arm, p, draws, price, seatPerWeek, inWindow, arm.levelMaxGain, arm.weekSums, from, to);
  for (const policy of policies) policy.observeBlock?.(pop, arm, ctx, from, to);
}

/**
 * The team phase, once every developer's week is done: each team's organic adoption hazard for next week from
 * this week's active colleagues (Bass: innovation + imitation x the team's active share, 1/week), before each
 * developer's fit. Also run once after the arm's set-up, for week 1.
 */
export function teamPhase(pop: Population, arm: ArmState, p: ModelParams): void {
  const innovation = p.adoption.innovationPerYear / WEEKS_PER_YEAR; // 1/week
  const imitation = p.adoption.imitationPerYear / WEEKS_PER_YEAR; // 1/week at a fully active team
  const { teamActive, teamHazard } = arm;
  const { teamSize, teams } = pop;
  for (let t = 0; t < teams; t++) teamHazard[t] = innovation + (imitation * teamActive[t]) / teamSize[t];
}

/**
 * Steps 2-3 for developers [from, to): adoption and lapsing (from the team's organic hazard `hazard` and this
 * week's policy pressure), then useful tokens.
 */
function adoptionPass(pop: Population, arm: ArmState, p: ModelParams, draws: WeekDraws, hazard: Float64Array, from: number, to: number): void {
  const { adoption: ad, proficiency: prof, useful, wasted, lastGain } = arm;
  const { team, demand, adoptionFit, conformity } = pop;
  const { pushPerConformity, pushPerFit, holdPerConformity } = arm.pressure;
  const { lapseRatePerWeek, gainToStay, readoptionFactor } = p.adoption;
  const sigmaT = p.response.tokenNoiseSigma;
  const tokenNoiseShift = -0.5 * sigmaT * sigmaT; // keeps the noise's mean at 1
  const maxTokens = p.population.maxTokensPerWeek; // tokens/week
  const { zTokens, uAdoption } = draws;
  const { addsWaste, changesWorkTime, timeLost } = arm;
  for (let i = from; i < to; i++) {
    let state = ad[i];
    const u = uAdoption[i] * UNIT_PER_WORD;
    if (state === ACTIVE) {
      const g = lastGain[i];
      if (g < gainToStay) {
        const hold = holdPerConformity > 0 ? holdPerConformity * conformity[i] : 0; // lapse suppression in [0, 1]
        if (u < lapseRatePerWeek * (1 - g / gainToStay) * (1 - hold)) state = LAPSED;
      }
    } else {
      const fit = adoptionFit[i];
      const organic = hazard[team[i]] * fit;
      // Policies' extra hazard (1/week): by conformity (mandates) and by fit (training, outcome reviews).
      const push = (pushPerConformity > 0 ? pushPerConformity * conformity[i] : 0) + pushPerFit * fit;
      const rate = organic * (state === LAPSED ? readoptionFactor : 1) + push;
      if (u < rate + ADOPTION_MARGIN && u < 1 - expFast(-rate)) state = ACTIVE;
    }
    ad[i] = state;
    if (addsWaste) wasted[i] = 0;
    if (changesWorkTime) timeLost[i] = 0;
    if (state === ACTIVE) {
      const tokens = demand[i] * prof[i] * expFast(sigmaT * zTokens[i] + tokenNoiseShift);
      // Math.min, not a conditional: V8 keeps a conditional mixing this double with a value read from an
      // object as a boxed number, allocating ~8 bytes per developer-week.
      useful[i] = Math.min(tokens, maxTokens);
    } else {
      useful[i] = 0;
    }
  }
}

/**
 * Step 5 for developers [from, to): output with and without AI, learning, cost and measurement, with the
 * organisation's sums (WeekSum slots) in the same pass, carried in `out` from block to block (the same order
 * of additions as one loop).
 */
function outputPass(
  pop: Population,
  arm: ArmState,
  p: ModelParams,
  draws: WeekDraws,
  price: number,
  seatPerWeek: number,
  inWindow: boolean,
  levelMaxGain: Float64Array,
  out: Float64Array,
  from: number,
  to: number,
): void {
  const { adoption: ad, proficiency: prof, useful, wasted, lastGain, teamActive, addsWaste, changesWorkTime, timeLost } = arm;
  const { elasticity, halfSaturationTokens, outputNoiseSigma, wasteHoursPerMTokens, hoursPerWeek } = p.response;
  const outputNoiseShift = -0.5 * outputNoiseSigma * outputNoiseSigma;
  const lostSharePerToken = wasteHoursPerMTokens / 1e6 / hoursPerWeek; // share of the week lost per wasted token
  const { learningTokens, decayPerWeek, floor } = p.proficiency;
  const threshold = p.measurement.activeThresholdTokens; // tokens/week
  const { baseOutput, level, levelLearning, team } = pop;
  const zOutput = draws.zOutput;
  const unitElasticity = elasticity === 1;
  const { developerTotals, totalTokens, totalWasted, totalCost, totalOutput, totalOutput0 } = arm;
  const { windowTokens, windowWasted, windowTokenCost, windowOutput, windowOutput0, windowActiveWeeks } = arm;

  // The organisation's sums are added straight into `out`: as local variables V8 kept some of them boxed,
  // allocating a heap number per developer and sum (~48 bytes per developer-week). Same order of additions.
  for (let i = from; i < to; i++) {
    const u = useful[i];
    const w = addsWaste ? wasted[i] : 0;
    const tokens = u + w;
    const active = ad[i] === ACTIVE;
    const pr = prof[i];
    const lv = level[i];

    // Concave, saturating response (a Hill function) to proficiency-weighted useful tokens:
    // gain = levelGain x maxGain x s^e / (1 + s^e), s = proficiency x useful / halfSaturationTokens.
    // s^e as exp(e ln s): within a few units in the last place of Math.pow (~50 ns a call), at a quarter of its cost.
    let gain = 0;
    if (u > 0) {
      const s = (pr * u) / halfSaturationTokens;
      const x = unitElasticity ? s : expFast(elasticity * Math.log(s));
      gain = (levelMaxGain[lv] * x) / (1 + x);
    }
    // Output without AI and with it (output units/week); wasted tokens take working time.
    const y0 = baseOutput[i] * expFast(outputNoiseSigma * zOutput[i] + outputNoiseShift);
    let y = y0 * (1 + gain);
    // Working time lost this week (share of the week): to wasted tokens, and to what policies take.
    let lost = w > 0 ? w * lostSharePerToken : 0;
    if (changesWorkTime) lost += timeLost[i];
    if (lost > 0) y *= lost < 1 ? 1 - lost : 0;

    if (active) {
      out[WeekSum.Adopted]++;
      teamActive[team[i]]++;
      lastGain[i] = gain;
      if (u > 0) {
        const pace = u < learningTokens ? u / learningTokens : 1;
        prof[i] = pr + levelLearning[lv] * (1 - pr) * pace;
      }
    } else {
      lastGain[i] = 0;
      if (pr > floor) prof[i] = pr - decayPerWeek * (pr - floor);
    }
    if (tokens > 0 && tokens >= threshold) out[WeekSum.ActiveMeasured]++;
    if (u > 0 && u >= threshold) out[WeekSum.ActiveGenuine]++;

    const tokenCost = tokens * price; // USD
    if (developerTotals) {
      totalTokens[i] += tokens;
      if (addsWaste) totalWasted[i] += w;
      totalCost[i] += active ? tokenCost + seatPerWeek : tokenCost;
      totalOutput[i] += y;
      totalOutput0[i] += y0;
    }
    if (inWindow) {
      windowTokens[i] += tokens;
      if (addsWaste) windowWasted[i] += w;
      windowTokenCost[i] += tokenCost;
      windowOutput[i] += y;
      windowOutput0[i] += y0;
      if (active) windowActiveWeeks[i]++;
    }
    out[WeekSum.TokensUseful] += u;
    out[WeekSum.TokensWasted] += w;
    out[WeekSum.Output] += y;
    out[WeekSum.OutputWithoutAi] += y0;
  }
}
