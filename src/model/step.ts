// One week of one arm, in the order of docs/MODEL.md §1.3: policy pressure; the developer phase (adoption and
// lapsing, useful tokens, wasted tokens, work, output with and without AI, learning, cost and measurement);
// the team phase (next week's adoption hazards) and the policies' own updates.
// Pure: every random number comes from `draws`, which every arm of a replicate shares (common random numbers).
import { ACTIVE, LAPSED, WeekSum, type ArmState } from "./arm-state.js";
import type { ModelParams } from "./params.js";
import type { Population } from "./population.js";
import type { WeekContext } from "./policy-hooks.js";
import { emptyWorldWeek, reviewWorld, type WorldWeek } from "./delivery.js";
import { NEUTRAL_LEVERS, type DeliveryState, type DeliveryWorld } from "./delivery-state.js";
import { blockEnd, UNIT_PER_WORD } from "../random/distributions.js";
import { expFast } from "./exp-fast.js";

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
  /**
   * Delivery (docs/MODEL.md §3.3), in output units unless said: change merged, and merged new change (net of
   * rework), in the world with AI and in the no-AI twin; change reviewed; reviewer hours spent and set aside
   * (capacity); the backlog at the week's end and the sum over merged change of value x weeks waited; defects
   * escaped and caught, incidents, rework hours worked off and churn hours added; merged size units; merged
   * change credited to active AI users; the change active users authored (output, size units, defects) and
   * human change's defects per output unit (for the quality ratios); hours active users felt AI saved them;
   * tokens an AI reviewer spent. Without the layer, merged and delivered change equal authored change.
   */
  merged: number;
  mergedWithoutAi: number;
  delivered: number;
  deliveredWithoutAi: number;
  reviewed: number;
  reviewHours: number;
  reviewCapacityHours: number;
  reviewBacklog: number;
  reviewWaitMass: number;
  defectsEscaped: number;
  defectsCaught: number;
  incidents: number;
  incidentsWithoutAi: number;
  reworkHours: number;
  reworkHoursWithoutAi: number;
  churnHours: number;
  churnHoursWithoutAi: number;
  mergedSize: number;
  mergedSizeWithoutAi: number;
  mergedChanges: number;
  mergedChangesWithoutAi: number;
  mergedActive: number;
  mergedActiveWithoutAi: number;
  activeOutput: number;
  activeSize: number;
  activeDefects: number;
  humanDefectsPerOutputUnit: number;
  perceivedHours: number;
  aiReviewTokens: number;
}

const WEEKS_PER_YEAR = 52;

/**
 * A draw u at or above `rate + ADOPTION_MARGIN` cannot pass `u < 1 - exp(-rate)`, since 1 - exp(-rate) <= rate
 * and its rounding error is below 1e-15: the step skips the exponential for it. The decision is unchanged.
 */
const ADOPTION_MARGIN = 1e-12;



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

  // The week's delivery levers, review shares and per-team sums of authored change.
  const delivery = arm.delivery;
  Object.assign(delivery.levers, NEUTRAL_LEVERS);
  for (const policy of policies) policy.shapeDelivery?.(pop, arm, ctx);
  for (let l = 0; l < pop.levelReviewShare.length; l++) {
    const share = pop.levelReviewShare[l];
    delivery.levelReviewShare[l] = share > 0 ? share + delivery.levers.reviewShareBonus : 0;
  }
  if (p.delivery.enabled) clearAuthored(delivery);

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
  const [withAi, twin] = p.delivery.enabled ? reviewWorlds(pop, arm, p, inWindow) : passThrough(sums);
  arm.programCostUsd += withAi.aiReviewTokens * price;
  for (const policy of policies) policy.afterWeek?.(pop, arm, ctx);

  const changes = p.delivery.changesPerOutputUnit;
  const humanDefectsPerUnit = p.delivery.defectsPerOutputUnit * delivery.levers.defectScale;
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
    merged: withAi.merged,
    mergedWithoutAi: twin.merged,
    delivered: withAi.delivered,
    deliveredWithoutAi: twin.delivered,
    reviewed: withAi.reviewed,
    reviewHours: withAi.reviewHours,
    reviewCapacityHours: withAi.capacityHours,
    reviewBacklog: withAi.backlog,
    reviewWaitMass: withAi.waitMass,
    defectsEscaped: withAi.escaped,
    defectsCaught: withAi.caught,
    incidents: withAi.incidents,
    incidentsWithoutAi: twin.incidents,
    reworkHours: withAi.reworkHours,
    reworkHoursWithoutAi: twin.reworkHours,
    churnHours: withAi.churnHours,
    churnHoursWithoutAi: twin.churnHours,
    mergedSize: withAi.mergedSize,
    mergedSizeWithoutAi: twin.mergedSize,
    mergedChanges: withAi.merged * changes,
    mergedChangesWithoutAi: twin.merged * changes,
    mergedActive: withAi.mergedActive,
    mergedActiveWithoutAi: twin.mergedActive,
    activeOutput: sums[WeekSum.ActiveOutput],
    activeSize: sums[WeekSum.ActiveOutput] + sums[WeekSum.ActiveAiMade] * (p.delivery.aiSizeFactor - 1) * delivery.levers.aiSizeExcessScale,
    activeDefects: humanDefectsPerUnit * (sums[WeekSum.ActiveOutput] + sums[WeekSum.ActiveAiMade] * (p.delivery.aiDefectFactor - 1)),
    humanDefectsPerOutputUnit: humanDefectsPerUnit,
    perceivedHours: sums[WeekSum.PerceivedHours],
    aiReviewTokens: withAi.aiReviewTokens,
  };
}

/** Zeroes the per-team sums of this week's authored change, in both worlds. */
function clearAuthored(d: DeliveryState): void {
  for (const w of [d.ai, d.twin]) {
    w.authored.fill(0);
    w.size.fill(0);
    w.defects.fill(0);
    w.aiDefects.fill(0);
    w.activeAuthored.fill(0);
  }
}

/** The delivery team phase of both worlds (model/delivery.ts). */
function reviewWorlds(pop: Population, arm: ArmState, p: ModelParams, inWindow: boolean): [WorldWeek, WorldWeek] {
  const d = arm.delivery;
  const withAi = emptyWorldWeek();
  const twin = emptyWorldWeek();
  reviewWorld(pop, d.ai, p.delivery, d.levers, p.response.hoursPerWeek, true, inWindow, withAi);
  reviewWorld(pop, d.twin, p.delivery, d.levers, p.response.hoursPerWeek, false, inWindow, twin);
  return [withAi, twin];
}

/** Without the delivery layer every change merges as authored: merged = delivered = authored, nothing else. */
function passThrough(sums: Float64Array): [WorldWeek, WorldWeek] {
  const withAi = emptyWorldWeek();
  const twin = emptyWorldWeek();
  withAi.reviewed = withAi.merged = withAi.delivered = sums[WeekSum.Output];
  twin.reviewed = twin.merged = twin.delivered = sums[WeekSum.OutputWithoutAi];
  withAi.mergedActive = sums[WeekSum.ActiveOutput];
  twin.mergedActive = sums[WeekSum.ActiveOutputWithoutAi];
  return [withAi, twin];
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
  const { elasticity, halfSaturationTokens, outputNoiseSigma, wasteHoursPerMTokens, hoursPerWeek, checkingCost } = p.response;
  const outputNoiseShift = -0.5 * outputNoiseSigma * outputNoiseSigma;
  const lostSharePerToken = wasteHoursPerMTokens / 1e6 / hoursPerWeek; // share of the week lost per wasted token
  const { learningTokens, decayPerWeek, floor } = p.proficiency;
  const threshold = p.measurement.activeThresholdTokens; // tokens/week
  const { baseOutput, level, levelLearning, team, checkingFactor } = pop;
  const zOutput = draws.zOutput;
  const unitElasticity = elasticity === 1;
  const { developerTotals, totalTokens, totalWasted, totalCost, totalOutput, totalOutput0 } = arm;
  const { windowTokens, windowWasted, windowTokenCost, windowOutput, windowOutput0, windowActiveWeeks, windowPerceivedHours } = arm;
  // The delivery layer (arm.delivery): review duty, and the size and defects of what each team authors.
  const d = p.delivery;
  const delivery = d.enabled;
  const { ai, twin, levers, levelReviewShare, teamSums: acc } = arm.delivery;
  const { activeAuthored: aiActive, reviewLoad: aiLoad } = ai;
  const { authored: twinAuthored, activeAuthored: twinActive, reviewLoad: twinLoad } = twin;
  const authoringShare = levers.authoringTimeShare;
  const humanDefects = d.defectsPerOutputUnit * levers.defectScale; // defects/output unit
  const sizeExcess = (d.aiSizeFactor - 1) * levers.aiSizeExcessScale;
  const defectExcess = d.aiDefectFactor - 1;
  const qualityGain = d.proficiencyQualityGain;
  let accTeam = from < to ? team[from] : 0;
  const perceivedMax = d.perceivedHoursSavedMax; // hours/week
  const perceptionHalf = d.perceptionHalfTokens; // tokens/week

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
    // s^e as exp(e ln s): within a few units in the last place of Math.pow, at a quarter of its cost.
    let gain = 0;
    if (u > 0) {
      const s = (pr * u) / halfSaturationTokens;
      const x = unitElasticity ? s : expFast(elasticity * Math.log(s));
      gain = (levelMaxGain[lv] * x) / (1 + x);
    }
    // Output without AI and with it (output units/week). Prompting and checking AI output takes time, more at
    // low proficiency and on hard work: the gain nets to gain x (1 - checking x (1 - proficiency)), below 0
    // when checking costs more than AI saves.
    const y0Free = baseOutput[i] * expFast(outputNoiseSigma * zOutput[i] + outputNoiseShift);
    const net = gain > 0 ? 1 + gain * (1 - checkingCost * checkingFactor[i] * (1 - pr)) : 1;
    const multiplier = net > 0 ? net : 0;
    // Working time lost this week (share of the week): to wasted tokens, to what policies take, and to review
    // duty (the share of their review time their team used last week), in both worlds.
    let lost = w > 0 ? w * lostSharePerToken : 0;
    if (changesWorkTime) lost += timeLost[i];
    let kept0 = 1;
    const t = team[i];
    if (delivery) {
      lost += authoringShare;
      let lost0 = authoringShare;
      const review = levelReviewShare[lv];
      if (review > 0) {
        lost += review * aiLoad[t];
        lost0 += review * twinLoad[t];
      }
      if (lost0 > 0) kept0 = lost0 < 1 ? 1 - lost0 : 0;
    }
    const kept = lost <= 0 ? 1 : lost < 1 ? 1 - lost : 0;
    const y = y0Free * multiplier * kept;
    const y0 = y0Free * kept0;
    if (delivery) {
      // Summed per team in `acc` and added to the team's arrays when the next team starts (teams are runs of
      // consecutive developers); the team's size and defects follow from the sums (flushTeam).
      if (t !== accTeam) {
        flushTeam(acc, accTeam, sizeExcess, humanDefects, defectExcess, ai, twinAuthored, aiActive, twinActive);
        accTeam = t;
      }
      acc[TeamSum.Authored] += y;
      acc[TeamSum.AuthoredWithoutAi] += y0;
      if (active) {
        acc[TeamSum.ActiveAuthored] += y;
        acc[TeamSum.ActiveAuthoredWithoutAi] += y0;
        if (gain > 0) {
          // The AI-made part of the change (output units: what AI added, at most all of it), weighted for its
          // author's proficiency.
          const made = y0Free * gain * kept;
          const aiMade = (made < y ? made : y) * (1 - qualityGain * pr);
          acc[TeamSum.AiMade] += aiMade;
          out[WeekSum.ActiveAiMade] += aiMade;
        }
      }
    }

    if (active) {
      // What the developer feels AI saves them (hours/week): driven by activity, not by what it delivers.
      const felt = perceivedMax * (u / (u + perceptionHalf));
      out[WeekSum.Adopted]++;
      out[WeekSum.PerceivedHours] += felt;
      out[WeekSum.ActiveOutput] += y;
      out[WeekSum.ActiveOutputWithoutAi] += y0;
      if (inWindow && developerTotals) windowPerceivedHours[i] += felt;
      teamActive[t]++;
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
  if (delivery) flushTeam(acc, accTeam, sizeExcess, humanDefects, defectExcess, ai, twinAuthored, aiActive, twinActive);
}

/** Slots of the sums of one team's authored change in the delivery pass (DeliveryState.teamSums). */
const enum TeamSum {
  Authored,
  AiMade,
  AuthoredWithoutAi,
  ActiveAuthored,
  ActiveAuthoredWithoutAi,
}

/**
 * Adds team t's sums so far into its arrays (both worlds) and zeroes them. AI-made change is larger and carries
 * more defects per output unit than human-written change: size = authored + sizeExcess x AI-made, defects =
 * humanDefects x (authored + defectExcess x AI-made).
 */
function flushTeam(
  acc: Float64Array,
  t: number,
  sizeExcess: number,
  humanDefects: number,
  defectExcess: number,
  ai: DeliveryWorld,
  twinAuthored: Float64Array,
  aiActive: Float64Array,
  twinActive: Float64Array,
): void {
  const y = acc[TeamSum.Authored], made = acc[TeamSum.AiMade];
  const excess = humanDefects * made * defectExcess;
  ai.authored[t] += y;
  ai.size[t] += y + made * sizeExcess;
  ai.defects[t] += humanDefects * y + excess;
  ai.aiDefects[t] += excess;
  twinAuthored[t] += acc[TeamSum.AuthoredWithoutAi];
  aiActive[t] += acc[TeamSum.ActiveAuthored];
  twinActive[t] += acc[TeamSum.ActiveAuthoredWithoutAi];
  acc.fill(0);
}
