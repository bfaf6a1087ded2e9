// Fitting scenario parameters to published targets: Nelder–Mead over the parameters' plausible ranges, on the
// same replicates (common random numbers) at every evaluation so that the objective is a deterministic, nearly
// smooth function of the parameters. Objective: Σ weight × ((simulated − published) / tolerance)², the simulated
// value being the mean over replicates.
import { ArrayArena } from "../model/arrays.js";
import { FillScratch } from "../random/distributions.js";
import { simulate } from "../model/simulate.js";
import type { ArmSpec, Scenario } from "../scenario/schema.js";
import { scenarioSchema } from "../scenario/schema.js";
import { meanInterval } from "../stats/interval.js";
import { metricsOfRun, METRICS, organicArmIndex, QUOTA_TARGET, quotaArmIndex, type MetricName } from "./metrics.js";
import { nelderMead } from "./nelder-mead.js";
import { toCoordinate, toValue, valueIn, withValues, type FitParam } from "./space.js";
import type { Target, Targets } from "./targets.js";
import { createPolicies } from "../policies/registry.js";

export const ADDED_ORGANIC_ARM = "calibration-organic";
export const ADDED_QUOTA_ARM = "calibration-quota-80";

export interface TargetResult {
  target: Target;
  /** Mean over replicates, and its 95% interval. */
  simulated: number;
  ciLow: number;
  ciHigh: number;
  /** (simulated − published) / tolerance. */
  error: number;
  /** Per replicate. */
  values: number[];
}

export interface Evaluation {
  objective: number;
  rows: TargetResult[];
}

/**
 * The scenario a calibration simulates: only the arms the targets are measured in (other arms do not change them:
 * every arm sees the same draws), adding an organic arm or an 80% quota arm when the scenario has none.
 */
export function evaluationScenario(s: Scenario, metrics: readonly MetricName[]): { scenario: Scenario; added: string[]; organic: number; quota: number } {
  const arms: ArmSpec[] = [];
  const added: string[] = [];
  const o = organicArmIndex(s.arms);
  if (o >= 0) arms.push(s.arms[o]);
  else {
    arms.push({ name: ADDED_ORGANIC_ARM, description: "organic adoption, added by the calibrator", policies: [{ type: "none" }] });
    added.push(ADDED_ORGANIC_ARM);
  }
  let quota = -1;
  if (metrics.some((m) => METRICS[m].arm === "quota")) {
    const q = quotaArmIndex(s.arms);
    if (q >= 0) arms.push(s.arms[q]);
    else {
      arms.push(scenarioSchema.parse({ name: "x", arms: [{ name: ADDED_QUOTA_ARM, description: `an ${QUOTA_TARGET * 100}% adoption quota, added by the calibrator`, policies: [{ type: "adoption-quota", target: QUOTA_TARGET }] }] }).arms[0]);
      added.push(ADDED_QUOTA_ARM);
    }
    quota = 1;
  }
  return { scenario: { ...s, arms }, added, organic: 0, quota };
}

/** The replicates' arrays, recycled from one replicate to the next (see model/arrays.ts). */
const arena = new ArrayArena();
const fillScratch = new FillScratch();

/** Simulates replicates 0..R-1 of `s` and compares every target. */
export function evaluate(s: Scenario, targets: readonly Target[], replicates: number): Evaluation {
  const metrics = [...new Set(targets.map((t) => t.metric))];
  const ev = evaluationScenario(s, metrics);
  const perReplicate: Record<string, number>[] = [];
  for (let r = 0; r < replicates; r++) {
    arena.recycle(); // the previous replicate's metrics are taken
    perReplicate.push(metricsOfRun(simulate(ev.scenario, createPolicies, r, { arrays: arena, fillScratch, developerTotals: false }), metrics, ev, s.measurement.activeThresholdTokens));
  }
  let objective = 0;
  const rows = targets.map((target) => {
    const values = perReplicate.map((m) => m[target.metric]);
    const ci = meanInterval(values);
    const error = (ci.mean - target.value) / target.tolerance;
    if (target.weight > 0) objective += target.weight * (Number.isFinite(error) ? error * error : Infinity);
    return { target, simulated: ci.mean, ciLow: ci.low, ciHigh: ci.high, error, values };
  });
  return { objective, rows };
}

export interface CalibrateOptions {
  params: readonly FitParam[];
  maxEvals: number;
  replicates: number;
  /** Initial simplex step, as a share of each parameter's plausible range (default 0.1). */
  step?: number;
  onEval?: (evals: number, best: number) => void;
}

export interface CalibrationResult {
  /** The input scenario with the fitted values (arms as given). */
  fitted: Scenario;
  start: number[];
  values: number[];
  startObjective: number;
  /** Objective at the fitted (rounded) values; `final.rows` compare each target there. */
  final: Evaluation;
  evals: number;
  converged: boolean;
  replicates: number;
  added: string[];
}

/** Rounds a fitted value to 4 significant digits, as written to fitted-scenario.yaml. */
export function roundFitted(p: FitParam, v: number): number {
  if (p.int) return Math.round(v);
  return Math.min(p.high, Math.max(p.low, Number(v.toPrecision(4))));
}

export function calibrate(s: Scenario, targets: Targets, o: CalibrateOptions): CalibrationResult {
  const params = o.params;
  const fitTargets = targets.targets;
  const metrics = [...new Set(fitTargets.map((t) => t.metric))];
  const { added } = evaluationScenario(s, metrics);
  const start = params.map((p) => valueIn(s, p));
  const u0 = params.map((p, i) => toCoordinate(p, start[i]));
  // A step of `step` of the range, taken from the start towards the middle of the range, in coordinates.
  const share = o.step ?? 0.1;
  const steps = params.map((p, i) => {
    const z = (start[i] - p.low) / (p.high - p.low);
    const z1 = Math.min(1 - 1e-4, Math.max(1e-4, z < 0.5 ? z + share : z - share));
    return toCoordinate(p, p.low + z1 * (p.high - p.low)) - u0[i];
  });
  let startObjective = NaN;
  const objective = (u: readonly number[]) => {
    const values = params.map((p, i) => toValue(p, u[i]));
    const f = evaluate(withValues(s, params, values), fitTargets, o.replicates).objective;
    if (Number.isNaN(startObjective)) startObjective = f;
    return f;
  };
  const result = nelderMead(objective, u0, { maxEvals: o.maxEvals, step: steps, fTolerance: 1e-4, xTolerance: 1e-3, onEval: (n, _x, _f, best) => o.onEval?.(n, best) });
  const values = params.map((p, i) => roundFitted(p, toValue(p, result.x[i])));
  const fitted = withValues(s, params, values);
  const final = evaluate(fitted, fitTargets, o.replicates);
  return { fitted, start, values, startObjective, final, evals: result.evals, converged: result.converged, replicates: o.replicates, added };
}
