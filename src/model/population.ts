// The developer population: fixed attributes, one typed array per attribute (struct of arrays).
// Built once per replicate and shared, read-only, by every arm (common random numbers). Each attribute's draws
// come from its own child stream, keyed by the attribute's name (POPULATION_STREAMS), so that adding an
// attribute, or drawing one differently, leaves every other attribute's values as they were.
import { blockEnd, FillScratch, fillStandardNormal, fillUniform, lognormalMuForMean, shuffleInPlace } from "../random/distributions.js";
import { child, type Stream } from "../random/stream.js";
import type { PopulationParams } from "../scenario/model-schema.js";
import { LEVELS } from "../scenario/levels.js";
import { freshArrays, type ArraySource } from "./arrays.js";

export interface Population {
  readonly size: number;
  readonly teams: number;
  /** Index into LEVELS. */
  readonly level: Uint8Array;
  readonly team: Int32Array;
  /** Developers per team. */
  readonly teamSize: Int32Array;
  /** USD/year. */
  readonly salary: Float64Array;
  /** Output units/week without AI (organisation mean 1 in expectation). */
  readonly baseOutput: Float64Array;
  /** Genuine demand at full proficiency, tokens/week. */
  readonly demand: Float64Array;
  /** How well AI fits a developer's work, for adoption: min(1, demand / median demand)^demandFitElasticity. */
  readonly adoptionFit: Float32Array;
  /** Traits in (0, 1). */
  readonly conformity: Float32Array;
  readonly competitiveness: Float32Array;
  readonly gaming: Float32Array;
  /** Multiplier (lognormal, median 1) on the cost of checking AI output: how hard the developer's work is for AI. */
  readonly checkingFactor: Float32Array;
  /** Per level (index into LEVELS): multiplier on the AI gain, learning rate, initial proficiency, review share. */
  readonly levelGain: Float64Array;
  readonly levelLearning: Float64Array;
  readonly levelInitialProficiency: Float64Array;
  readonly levelReviewShare: Float64Array;
  /** Per team: the sum of its members' review shares, and how many of them review (review share > 0). */
  readonly teamReviewShare: Float64Array;
  readonly teamReviewers: Int32Array;
}

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function logit(p: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
}

/** Number of developers of each level: the largest-remainder split of `n` by the level shares. */
export function levelCounts(n: number, shares: readonly number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (total > 0 ? (s / total) * n : n / shares.length));
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k][1]]++;
  return counts;
}

/** Everything the per-developer attribute loop reads and writes (one object, so the block function stays small). */
interface AttributeJob {
  params: PopulationParams;
  levelParams: PopulationParams["levels"][keyof PopulationParams["levels"]][];
  level: Uint8Array;
  zBase: Float64Array;
  zDemand: Float64Array;
  zSalary: Float64Array;
  zConformity: Float64Array;
  zCompetitiveness: Float64Array;
  zGaming: Float64Array;
  uLowDemand: Float64Array;
  salary: Float64Array;
  baseOutput: Float64Array;
  demand: Float64Array;
  conformity: Float32Array;
  competitiveness: Float32Array;
  gaming: Float32Array;
  adoptionFit: Float32Array;
  meanLevelFactor: number;
  muBase: number;
  muDemand: number;
  rho: number;
  rhoRest: number;
  demandFitElasticity: number;
}

/** The child stream of the population's stream that each attribute's draws come from, by name. */
export const POPULATION_STREAMS = {
  levelOrder: "level-order",
  baseOutput: "base-output",
  demand: "demand",
  salary: "salary",
  conformity: "conformity",
  competitiveness: "competitiveness",
  gaming: "gaming",
  lowDemand: "low-demand",
  workDifficulty: "work-difficulty",
} as const;

export function createPopulation(
  params: PopulationParams,
  demandFitElasticity: number,
  stream: Stream,
  arrays: ArraySource = freshArrays,
  scratch = new FillScratch(),
): Population {
  const n = params.developers;
  const levelParams = LEVELS.map((l) => params.levels[l]);
  const shares = levelParams.map((l) => l.share);
  const counts = levelCounts(n, shares);

  // Levels are assigned in a shuffled order so every team gets a mix.
  const level = arrays.take(Uint8Array, n);
  let k = 0;
  counts.forEach((c, li) => {
    for (let j = 0; j < c; j++) level[k++] = li;
  });
  shuffleInPlace(child(stream, POPULATION_STREAMS.levelOrder), level, scratch);

  const teams = Math.ceil(n / params.teamSize);
  const team = arrays.take(Int32Array, n);
  const teamSize = arrays.take(Int32Array, teams);
  const levelReviewShare = Float64Array.from(levelParams, (l) => l.reviewShare);
  const teamReviewShare = arrays.take(Float64Array, teams);
  const teamReviewers = arrays.take(Int32Array, teams);
  for (let i = 0; i < n; i++) {
    const t = Math.floor(i / params.teamSize);
    team[i] = t;
    teamSize[t]++;
    const share = levelReviewShare[level[i]];
    teamReviewShare[t] += share;
    if (share > 0) teamReviewers[t]++;
  }

  // Base output: level factor x lognormal, rescaled so the organisation's expected mean is 1.
  const totalShare = shares.reduce((a, b) => a + b, 0);
  const meanLevelFactor = levelParams.reduce((a, l) => a + (l.share / totalShare) * l.baseOutput, 0);
  const rho = params.demandOutputCorrelation;
  const job: AttributeJob = {
    params,
    levelParams,
    level,
    zBase: arrays.take(Float64Array, n),
    zDemand: arrays.take(Float64Array, n),
    zSalary: arrays.take(Float64Array, n),
    zConformity: arrays.take(Float64Array, n),
    zCompetitiveness: arrays.take(Float64Array, n),
    zGaming: arrays.take(Float64Array, n),
    uLowDemand: arrays.take(Float64Array, n),
    salary: arrays.take(Float64Array, n),
    baseOutput: arrays.take(Float64Array, n),
    demand: arrays.take(Float64Array, n),
    conformity: arrays.take(Float32Array, n),
    competitiveness: arrays.take(Float32Array, n),
    gaming: arrays.take(Float32Array, n),
    adoptionFit: arrays.take(Float32Array, n),
    meanLevelFactor,
    muBase: lognormalMuForMean(1, params.baseOutputSigma),
    muDemand: Math.log(Math.max(params.demandMedianTokens, Number.MIN_VALUE)),
    rho,
    rhoRest: Math.sqrt(Math.max(0, 1 - rho * rho)),
    demandFitElasticity,
  };
  fillStandardNormal(child(stream, POPULATION_STREAMS.baseOutput), job.zBase, scratch);
  fillStandardNormal(child(stream, POPULATION_STREAMS.demand), job.zDemand, scratch);
  fillStandardNormal(child(stream, POPULATION_STREAMS.salary), job.zSalary, scratch);
  fillStandardNormal(child(stream, POPULATION_STREAMS.conformity), job.zConformity, scratch);
  fillStandardNormal(child(stream, POPULATION_STREAMS.competitiveness), job.zCompetitiveness, scratch);
  fillStandardNormal(child(stream, POPULATION_STREAMS.gaming), job.zGaming, scratch);
  fillUniform(child(stream, POPULATION_STREAMS.lowDemand), job.uLowDemand, scratch);
  const checkingFactor = arrays.take(Float32Array, n);
  if (params.workDifficultySigma > 0) {
    const z = arrays.take(Float64Array, n);
    fillStandardNormal(child(stream, POPULATION_STREAMS.workDifficulty), z, scratch);
    for (let from = 0, to = 0; from < n; from = to) lognormalBlock(z, params.workDifficultySigma, checkingFactor, from, (to = blockEnd(from, n)));
  } else {
    checkingFactor.fill(1);
  }
  for (let from = 0, to = 0; from < n; from = to) attributesBlock(job, from, (to = blockEnd(from, n)));

  return {
    size: n,
    teams,
    level,
    team,
    teamSize,
    salary: job.salary,
    baseOutput: job.baseOutput,
    demand: job.demand,
    adoptionFit: job.adoptionFit,
    conformity: job.conformity,
    competitiveness: job.competitiveness,
    gaming: job.gaming,
    checkingFactor,
    levelGain: Float64Array.from(levelParams, (l) => l.aiGainMultiplier),
    levelLearning: Float64Array.from(levelParams, (l) => l.learningRate),
    levelInitialProficiency: Float64Array.from(levelParams, (l) => l.initialProficiency),
    levelReviewShare,
    teamReviewShare,
    teamReviewers,
  };
}

// The loops below run block by block in module functions (see BLOCK in distributions.ts): one long call would
// run much of its loop unoptimised, allocating a heap number per value.

/** Salary, base output, demand, traits and adoption fit of developers [from, to). */
function attributesBlock(job: AttributeJob, from: number, to: number): void {
  const { params, levelParams, level, zBase, zDemand, zSalary, zConformity, zCompetitiveness, zGaming, uLowDemand, salary, baseOutput, demand } = job;
  const { conformity, competitiveness, gaming, adoptionFit, meanLevelFactor, muBase, muDemand, rho, rhoRest } = job;
  const lc = logit(params.conformityMean);
  const lk = logit(params.competitivenessMean);
  const lg = logit(params.gamingMean);
  const spread = params.traitSpread;
  for (let i = from; i < to; i++) {
    const lp = levelParams[level[i]];
    salary[i] = lp.salaryMedianUsd * Math.exp(params.salarySigma * zSalary[i]);
    baseOutput[i] = (lp.baseOutput / meanLevelFactor) * Math.exp(muBase + params.baseOutputSigma * zBase[i]);
    demand[i] = params.demandMedianTokens > 0
      ? Math.exp(muDemand + params.demandSigma * (rho * zBase[i] + rhoRest * zDemand[i]))
      : 0;
    if (uLowDemand[i] < params.lowDemandShare) demand[i] *= params.lowDemandFactor;
    conformity[i] = params.conformityMean <= 0 ? 0 : params.conformityMean >= 1 ? 1 : logistic(lc + spread * zConformity[i]);
    competitiveness[i] = params.competitivenessMean <= 0 ? 0 : params.competitivenessMean >= 1 ? 1 : logistic(lk + spread * zCompetitiveness[i]);
    gaming[i] = params.gamingMean <= 0 ? 0 : params.gamingMean >= 1 ? 1 : logistic(lg + spread * zGaming[i]);
    const relative = params.demandMedianTokens > 0 ? demand[i] / params.demandMedianTokens : 0;
    adoptionFit[i] = relative >= 1 ? 1 : Math.pow(relative, job.demandFitElasticity);
  }
}

/** out[i] = exp(sigma x z[i]) for i in [from, to): a lognormal with median 1. */
function lognormalBlock(z: Float64Array, sigma: number, out: Float32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) out[i] = Math.exp(sigma * z[i]);
}
