// The fitted parameters and the space the optimiser moves in. Each parameter is bounded by its plausible range
// (the .meta `plausible` of its declaration): value = lo + (hi - lo) × logistic(u), so the optimiser works on an
// unconstrained u and can never leave the range. Paths are model paths ("response.elasticity") or policy paths
// ("adoption-quota.adoptionPushPerWeek", set on every policy of that type in every arm).
import { UserError } from "../errors.js";
import { modelParamRows, policyParamRows, type ParamRow } from "../scenario/param-table.js";
import { scenarioSchema, type Scenario } from "../scenario/schema.js";
import { pathSegments, setAt } from "../scenario/paths.js";
import { formatPath } from "../scenario/validate.js";

export const DEFAULT_PARAMS = [
  "response.elasticity",
  "population.demandSigma",
  "population.demandOutputCorrelation",
  "adoption.innovationPerYear",
  "adoption.imitationPerYear",
  "delivery.aiSizeFactor",
  "delivery.aiDefectFactor",
  "delivery.perceivedHoursSavedMax",
  "delivery.aiDefectIncidentFactor",
  "delivery.rushSensitivity",
] as const;

export interface FitParam {
  path: string;
  /** Model parameter (path into the scenario) or policy parameter (type and field). */
  kind: "model" | "policy";
  low: number;
  high: number;
  int: boolean;
  unit: string;
}

/** Resolves and checks parameter paths; every unknown or unfittable path is one problem line. */
export function resolveParams(paths: readonly string[]): FitParam[] {
  const model = new Map(modelParamRows().map((r) => [r.path, r]));
  const policy = new Map(policyParamRows().map((r) => [r.path, r]));
  const problems: string[] = [];
  const out: FitParam[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const row: ParamRow | undefined = model.get(path) ?? policy.get(path);
    if (seen.has(path)) { problems.push(`--params ${path}: listed twice`); continue; }
    seen.add(path);
    if (!row) { problems.push(`--params ${path}: unknown parameter (see npx tokensim params)`); continue; }
    if (typeof row.default !== "number") { problems.push(`--params ${path}: not a numeric parameter`); continue; }
    if (!row.plausible) { problems.push(`--params ${path}: has no plausible range to fit within`); continue; }
    if (["seed", "weeks", "population.developers", "measurement.windowWeeks"].includes(path)) {
      problems.push(`--params ${path}: a run setting, not a model parameter to fit`);
      continue;
    }
    const [low, high] = row.plausible;
    out.push({ path, kind: model.has(path) ? "model" : "policy", low, high, int: row.unit === "developers" || row.unit === "integer", unit: row.unit });
  }
  if (paths.length === 0) problems.push("--params: name at least one parameter");
  if (problems.length > 0) throw new UserError(problems);
  return out;
}

const logistic = (u: number) => 1 / (1 + Math.exp(-u));
const logit = (z: number) => Math.log(z / (1 - z));

/** Parameter value from the optimiser's coordinate. */
export function toValue(p: FitParam, u: number): number {
  const v = p.low + (p.high - p.low) * logistic(u);
  return p.int ? Math.round(v) : v;
}

/** The optimiser's coordinate of a value (clamped just inside the range). */
export function toCoordinate(p: FitParam, v: number): number {
  const z = Math.min(1 - 1e-4, Math.max(1e-4, (v - p.low) / (p.high - p.low)));
  return logit(z);
}

/** Current value of a parameter in a scenario (a policy parameter: its first occurrence, else its default). */
export function valueIn(s: Scenario, p: FitParam): number {
  if (p.kind === "model") {
    let cur: unknown = s;
    for (const k of p.path.split(".")) cur = (cur as Record<string, unknown>)[k];
    return cur as number;
  }
  const [type, ...field] = p.path.split(".");
  for (const arm of s.arms) for (const pol of arm.policies) if (pol.type === type) return (pol as Record<string, unknown>)[field.join(".")] as number;
  const row = policyParamRows().find((r) => r.path === p.path);
  return row!.default as number;
}

/** The scenario with the parameters at `values`, validated again. */
export function withValues(s: Scenario, params: readonly FitParam[], values: readonly number[]): Scenario {
  const copy = structuredClone(s) as unknown as Record<string, unknown> & Scenario;
  params.forEach((p, i) => {
    if (p.kind === "model") setAt(copy, pathSegments(p.path), values[i]);
    else {
      const [type, ...field] = p.path.split(".");
      for (const arm of copy.arms) for (const pol of arm.policies) if (pol.type === type) setAt(pol, field, values[i]);
    }
  });
  const parsed = scenarioSchema.safeParse(copy);
  if (!parsed.success) {
    throw new UserError(parsed.error.issues.map((i) => `calibrate: ${formatPath(i.path as (string | number)[])}: ${i.message.replace(/^Invalid input: /, "")} (at ${JSON.stringify(values)})`));
  }
  return parsed.data;
}
