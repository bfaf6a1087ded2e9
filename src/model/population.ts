// The developer population: fixed attributes, one typed array per attribute (struct of arrays).
// Built once per replicate from its own stream and shared, read-only, by every arm (common random numbers).
import { fillStandardNormal, lognormalMuForMean } from "../random/distributions.js";
import type { Stream } from "../random/stream.js";
import { LEVELS, type PopulationParams } from "../scenario/model-schema.js";

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
  /** Per level (index into LEVELS): multiplier on the AI gain, learning rate, initial proficiency. */
  readonly levelGain: Float64Array;
  readonly levelLearning: Float64Array;
  readonly levelInitialProficiency: Float64Array;
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

export function createPopulation(params: PopulationParams, demandFitElasticity: number, stream: Stream): Population {
  const n = params.developers;
  const levelParams = LEVELS.map((l) => params.levels[l]);
  const shares = levelParams.map((l) => l.share);
  const counts = levelCounts(n, shares);

  // Levels are assigned in a shuffled order so every team gets a mix.
  const level = new Uint8Array(n);
  let k = 0;
  counts.forEach((c, li) => {
    for (let j = 0; j < c; j++) level[k++] = li;
  });
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(stream.next() * (i + 1));
    const t = level[i];
    level[i] = level[j];
    level[j] = t;
  }

  const teams = Math.ceil(n / params.teamSize);
  const team = new Int32Array(n);
  const teamSize = new Int32Array(teams);
  for (let i = 0; i < n; i++) {
    team[i] = Math.floor(i / params.teamSize);
    teamSize[team[i]]++;
  }

  // Base output: level factor x lognormal, rescaled so the organisation's expected mean is 1.
  const totalShare = shares.reduce((a, b) => a + b, 0);
  const meanLevelFactor = levelParams.reduce((a, l) => a + (l.share / totalShare) * l.baseOutput, 0);
  const muBase = lognormalMuForMean(1, params.baseOutputSigma);
  const muDemand = Math.log(Math.max(params.demandMedianTokens, Number.MIN_VALUE));
  const rho = params.demandOutputCorrelation;
  const rhoRest = Math.sqrt(Math.max(0, 1 - rho * rho));

  const zBase = new Float64Array(n);
  const zDemand = new Float64Array(n);
  const zSalary = new Float64Array(n);
  const zTraits = new Float64Array(3 * n);
  fillStandardNormal(stream, zBase);
  fillStandardNormal(stream, zDemand);
  fillStandardNormal(stream, zSalary);
  fillStandardNormal(stream, zTraits);
  const uLowDemand = new Float64Array(n);
  for (let i = 0; i < n; i++) uLowDemand[i] = stream.next();

  const salary = new Float64Array(n);
  const baseOutput = new Float64Array(n);
  const demand = new Float64Array(n);
  const conformity = new Float32Array(n);
  const competitiveness = new Float32Array(n);
  const gaming = new Float32Array(n);
  const lc = logit(params.conformityMean);
  const lk = logit(params.competitivenessMean);
  const lg = logit(params.gamingMean);
  const spread = params.traitSpread;
  for (let i = 0; i < n; i++) {
    const lp = levelParams[level[i]];
    salary[i] = lp.salaryMedianUsd * Math.exp(params.salarySigma * zSalary[i]);
    baseOutput[i] = (lp.baseOutput / meanLevelFactor) * Math.exp(muBase + params.baseOutputSigma * zBase[i]);
    demand[i] = params.demandMedianTokens > 0
      ? Math.exp(muDemand + params.demandSigma * (rho * zBase[i] + rhoRest * zDemand[i]))
      : 0;
    if (uLowDemand[i] < params.lowDemandShare) demand[i] *= params.lowDemandFactor;
    conformity[i] = params.conformityMean <= 0 ? 0 : params.conformityMean >= 1 ? 1 : logistic(lc + spread * zTraits[i]);
    competitiveness[i] = params.competitivenessMean <= 0 ? 0 : params.competitivenessMean >= 1 ? 1 : logistic(lk + spread * zTraits[n + i]);
    gaming[i] = params.gamingMean <= 0 ? 0 : params.gamingMean >= 1 ? 1 : logistic(lg + spread * zTraits[2 * n + i]);
  }

  const adoptionFit = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const relative = params.demandMedianTokens > 0 ? demand[i] / params.demandMedianTokens : 0;
    adoptionFit[i] = relative >= 1 ? 1 : Math.pow(relative, demandFitElasticity);
  }

  return {
    size: n,
    teams,
    level,
    team,
    teamSize,
    salary,
    baseOutput,
    demand,
    adoptionFit,
    conformity,
    competitiveness,
    gaming,
    levelGain: Float64Array.from(levelParams, (l) => l.aiGainMultiplier),
    levelLearning: Float64Array.from(levelParams, (l) => l.learningRate),
    levelInitialProficiency: Float64Array.from(levelParams, (l) => l.initialProficiency),
  };
}
