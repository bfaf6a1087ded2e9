// One replicate of a scenario: build the population, then step every arm week by week in lockstep on the
// same draws (common random numbers), so that differences between arms are the policies', not noise's.
// Pure and deterministic: the same scenario and replicate give the same numbers on any machine.
import { blockEnd, FillScratch, fillNormalsAndUniforms, fillUniform } from "../random/distributions.js";
import { child, streamFor } from "../random/stream.js";
import type { Scenario } from "../scenario/schema.js";
import { ACTIVE, createArmState, type ArmState } from "./arm-state.js";
import { freshArrays, type ArraySource } from "./arrays.js";
import { checkWeek } from "./invariants.js";
import { initialBacklog } from "./delivery.js";
import { createTeamWeeks, recordTeamWeek, type TeamWeeks } from "./team-weeks.js";
import { computeHeadline, type Headline } from "./headline.js";
import { priceInWeek, type ModelParams } from "./params.js";
import type { CreatePolicies } from "./policy-hooks.js";
import { createPopulation, type Population } from "./population.js";
import { stepWeek, teamPhase, type WeekDraws, type WeekTotals } from "./step.js";

export interface ArmResult {
  name: string;
  weeks: WeekTotals[];
  headline: Headline;
  state: ArmState;
}

export interface RunResult {
  replicate: number;
  /** Key of the replicate's root stream (seed and replicate). */
  streamKey: string;
  population: Population;
  /** Value of one output unit, USD. */
  outputValueUsd: number;
  /** Weeks in the measurement window (the last ones). */
  windowWeeks: number;
  /** Working hours in a week (for hours saved as a share of the week). */
  hoursPerWeek: number;
  arms: ArmResult[];
  /** Per-team weekly totals, when asked for. */
  teamWeeks?: TeamWeeks;
}

export function modelParams(s: Scenario): ModelParams {
  return {
    population: s.population,
    adoption: s.adoption,
    proficiency: s.proficiency,
    response: s.response,
    economics: s.economics,
    measurement: s.measurement,
    delivery: s.delivery,
  };
}

/** The stream key of replicate r of a scenario seeded with `seed`. */
export function replicateKey(seed: number, replicate: number): string {
  return `tokensim/${seed}/${replicate}`;
}

/** Value of one output unit in USD: the given value, or the salary cost of that output (weekly salary / base output). */
export function outputValue(pop: Population, configured: number): number {
  if (configured > 0) return configured;
  let salary = 0;
  let base = 0;
  for (let i = 0; i < pop.size; i++) {
    salary += pop.salary[i];
    base += pop.baseOutput[i];
  }
  return base > 0 ? salary / 52 / base : 0;
}

/** Whether any policy of these arms may read the week's policy uniforms (see PolicyInstance.readsPolicyDraws). */
export function needsPolicyDraws(arms: readonly ArmState[]): boolean {
  return arms.some((arm) => arm.policies.some((policy) => policy.readsPolicyDraws !== false));
}

/**
 * The week's draws for n developers (16 bytes a developer, 12 without `policyDraws`), to be filled each week.
 * `policyDraws`: whether any policy of the run reads the policy uniforms; if none does, they are not drawn.
 */
export function createWeekDraws(n: number, arrays: ArraySource = freshArrays, policyDraws = true): WeekDraws {
  return {
    zTokens: arrays.take(Float32Array, n),
    zOutput: arrays.take(Float32Array, n),
    uAdoption: arrays.take(Uint32Array, n),
    uPolicy: arrays.take(Uint32Array, policyDraws ? n : 0),
  };
}

export interface SimulateOptions {
  /** Record per-team weekly totals (for the FOCUS export). */
  teamWeeks?: boolean;
  /**
   * Where the replicate's arrays come from (fresh by default). With an ArrayArena the caller recycles it
   * between replicates, once it no longer reads the previous result.
   */
  arrays?: ArraySource;
  /**
   * Keep each developer's totals over the whole run (default true): only the developers table needs them.
   * Batches, calibration and sensitivity runs, which read summaries and the window's sums, turn them off.
   */
  developerTotals?: boolean;
  /** The generators the bulk random fills run on; a caller running replicate after replicate keeps one. */
  fillScratch?: FillScratch;
}

// The set-up loops over developers are module functions called block by block: inside the generator below
// V8 runs loops unoptimised, about a hundred times slower (docs/PERFORMANCE.md).

/** Mean adoption fit of the population (the same sum, in the same order, as one loop). */
function meanAdoptionFit(pop: Population): number {
  const n = pop.size;
  const sum = new Float64Array(1);
  for (let from = 0, to = 0; from < n; from = to) addFitBlock(pop.adoptionFit, n, sum, from, (to = blockEnd(from, n)));
  return sum[0];
}

function addFitBlock(fit: Float32Array, n: number, sum: Float64Array, from: number, to: number): void {
  let s = sum[0];
  for (let i = from; i < to; i++) s += fit[i] / n;
  sum[0] = s;
}

/** Week-0 state of developers [from, to) of an arm: initial proficiency, and early users drawn by fit. */
function setUpArm(state: ArmState, pop: Population, initial: Float64Array, initialScale: number, from: number, to: number): void {
  const { proficiency, adoption, teamActive } = state;
  const { level, levelInitialProficiency, adoptionFit, team } = pop;
  for (let i = from; i < to; i++) {
    proficiency[i] = levelInitialProficiency[level[i]];
    if (initial[i] < initialScale * adoptionFit[i]) {
      adoption[i] = ACTIVE;
      teamActive[team[i]]++;
    }
  }
}

/**
 * One replicate, run to the end in one go. `createPolicies` makes each arm's policy instances from its specs:
 * the shipped policies' is src/policies/registry.ts's (the model defines the hooks, policies implement them).
 */
export function simulate(scenario: Scenario, createPolicies: CreatePolicies, replicate = 0, options: SimulateOptions = {}): RunResult {
  const steps = simulateWeeks(scenario, createPolicies, replicate, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * One replicate as a generator that yields the number of weeks done after each week, so that a caller can
 * hand control back to the event loop between weeks (and so notice Ctrl-C) without changing any number.
 */
export function* simulateWeeks(scenario: Scenario, createPolicies: CreatePolicies, replicate = 0, options: SimulateOptions = {}): Generator<number, RunResult, void> {
  const params = modelParams(scenario);
  const arrays = options.arrays ?? freshArrays;
  const scratch = options.fillScratch ?? new FillScratch();
  const root = streamFor(replicateKey(scenario.seed, replicate));
  const pop = createPopulation(params.population, params.adoption.demandFitElasticity, child(root, "population"), arrays, scratch);
  const n = pop.size;

  // Early users are drawn in proportion to how well AI fits their work, averaging initialActiveShare.
  let initial: Float64Array | null = arrays.take(Float64Array, n); // uniforms, freed once the arms are set up
  fillUniform(child(root, "initial-adoption"), initial, scratch);
  const meanFit = meanAdoptionFit(pop);
  const initialScale = meanFit > 0 ? params.adoption.initialActiveShare / meanFit : 0;
  const arms: ArmState[] = [];
  for (const spec of scenario.arms) {
    const state = createArmState(pop, spec.name, createPolicies(spec.policies, pop, params, arrays), params.delivery.enabled, arrays, options.developerTotals ?? true);
    for (let from = 0, to = 0; from < n; from = to) setUpArm(state, pop, initial, initialScale, from, (to = blockEnd(from, n)));
    teamPhase(pop, state, params);
    if (params.delivery.enabled) for (const world of [state.delivery.ai, state.delivery.twin]) initialBacklog(pop, world, params.delivery);
    arms.push(state);
  }
  initial = null;

  // Each kind of weekly draw has its own named stream, drawn week after week; the four are filled in one pass.
  const weekly = child(root, "weeks");
  const tokenStream = child(weekly, "tokens");
  const outputStream = child(weekly, "output");
  const adoptionStream = child(weekly, "adoption");
  const policyStream = child(weekly, "policy");
  // The policy uniforms only if a policy reads them: the status quo skips a quarter of the weekly draws (the
  // other streams' draws are the same either way, each from its own stream).
  const draws = createWeekDraws(n, arrays, needsPolicyDraws(arms));
  const windowWeeks = Math.min(scenario.measurement.windowWeeks, scenario.weeks);
  const windowStart = scenario.weeks - windowWeeks;
  const records: WeekTotals[][] = arms.map(() => []);
  const teamWeeks = options.teamWeeks ? createTeamWeeks(pop, arms.length, scenario.weeks) : undefined;
  for (let week = 0; week < scenario.weeks; week++) {
    // The same draws every week for every arm (common random numbers).
    fillNormalsAndUniforms(tokenStream, draws.zTokens, outputStream, draws.zOutput, adoptionStream, draws.uAdoption, policyStream, draws.uPolicy, scratch);
    const ctx = { week, pricePerToken: priceInWeek(params.economics, week), uPolicy: draws.uPolicy };
    for (let a = 0; a < arms.length; a++) {
      const totals = stepWeek(pop, arms[a], params, draws, ctx, week >= windowStart);
      checkWeek(totals, n, ctx.pricePerToken, { streamKey: root.key, arm: arms[a].name });
      records[a].push(totals);
      if (teamWeeks) recordTeamWeek(teamWeeks, pop, arms[a], a, week, ctx.pricePerToken);
    }
    yield week + 1;
  }

  const { activeThresholdTokens } = params.measurement;
  return {
    replicate,
    streamKey: root.key,
    population: pop,
    outputValueUsd: outputValue(pop, params.economics.outputValueUsd),
    windowWeeks,
    hoursPerWeek: params.response.hoursPerWeek,
    ...(teamWeeks ? { teamWeeks } : {}),
    arms: arms.map((state, a) => ({
      name: state.name,
      weeks: records[a],
      headline: computeHeadline(pop, state, windowWeeks, activeThresholdTokens, params.economics.activeDaysPerWeek, arrays),
      state,
    })),
  };
}
