// Which parameters a sensitivity analysis varies, and over what range. A parameter is named by
//   - a model path: `response.elasticity`, `population.levels.junior.share`;
//   - a policy field of one arm: `arms[1].policies[0].target` (its range comes from the policy's type);
//   - a policy field of every policy of a type: `adoption-quota.target` (all those fields move together, so
//     arms that share a policy stay comparable).
// Its range is the documented plausible range (src/scenario/param-table.ts) unless a ranges file gives one.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { UserError } from "../errors.js";
import { modelParamRows, policyParamRows, type ParamRow } from "../scenario/param-table.js";
import { POLICY_SCHEMAS, policyType } from "../scenario/policy-schemas.js";
import { scenarioSchema, type Scenario } from "../scenario/schema.js";
import { getAt, pathSegments, setAt, type PathSegment } from "../scenario/paths.js";
import { formatPath } from "../scenario/validate.js";

export type Method = "oat" | "morris" | "sobol";
export const METHODS: readonly Method[] = ["oat", "morris", "sobol"];

export interface SensParam {
  /** The name as given (a column of runs.csv and a row of sensitivity.csv). */
  name: string;
  /** Concrete paths set to the parameter's value (one, or every policy of a type). */
  targets: string[];
  low: number;
  high: number;
  /** The scenario's own value (OAT's centre). */
  base: number;
  /** Rounded to a whole number when set (developers, team size). */
  integer: boolean;
  /** "plausible" (param table) or "ranges" (the ranges file). */
  rangeSource: "plausible" | "ranges";
}

/** Everything that decides a sensitivity design: stored in the manifest, so `merge` rebuilds the same design. */
export interface SensitivitySettings {
  method: Method;
  params: SensParam[];
  /** Sobol: base samples N; Morris: trajectories r; OAT: unused (0). */
  samples: number;
  /** Morris grid levels p. */
  levels: number;
  metrics: string[];
  /** The scenario's seed: the design and the bootstrap draw from streams keyed by it. */
  seed: number;
}

const PATH_RE = /^[A-Za-z][A-Za-z0-9-]*(\.[A-Za-z0-9]+|\[\d+\])*$/;

export function splitPath(text: string): PathSegment[] | undefined {
  return PATH_RE.test(text) ? pathSegments(text) : undefined;
}

const INTEGER_UNITS = new Set(["developers", "integer", "weeks"]);

interface Resolved {
  targets: string[];
  row?: ParamRow;
  base: number;
}

/** Resolves one parameter name against the scenario; pushes a problem line and returns undefined when it cannot. */
function resolve(s: Scenario, name: string, problems: string[]): Resolved | undefined {
  const path = splitPath(name);
  const nope = () => problems.push(`--params ${name}: no numeric parameter at this path in scenario "${s.name}" (see npx tokensim params)`);
  if (!path) {
    problems.push(`--params ${name}: malformed parameter path (expected e.g. response.elasticity, arms[1].policies[0].target or adoption-quota.target)`);
    return undefined;
  }
  const policyTypes = POLICY_SCHEMAS.map(policyType);
  if (typeof path[0] === "string" && policyTypes.includes(path[0])) {
    const type = path[0];
    const field = path.slice(1);
    const row = policyParamRows().find((r) => r.path === [type, ...field].join("."));
    const targets: string[] = [];
    s.arms.forEach((arm, a) =>
      arm.policies.forEach((p, k) => {
        if ((p as { type: string }).type === type) targets.push(formatPath(["arms", a, "policies", k, ...field]));
      }),
    );
    if (targets.length === 0) {
      problems.push(`--params ${name}: no arm of scenario "${s.name}" has a ${type} policy`);
      return undefined;
    }
    const base = getAt(s, splitPath(targets[0])!);
    if (!row || typeof base !== "number") return nope(), undefined;
    return { targets, row, base };
  }
  const value = getAt(s, path);
  if (typeof value !== "number") return nope(), undefined;
  let row: ParamRow | undefined;
  if (path[0] === "arms") {
    const policy = getAt(s, path.slice(0, 4)) as { type?: string } | undefined;
    if (path[2] === "policies" && policy?.type) row = policyParamRows().find((r) => r.path === [policy.type, ...path.slice(4)].join("."));
  } else {
    row = modelParamRows().find((r) => r.path === path.join("."));
  }
  return { targets: [formatPath(path)], ...(row ? { row } : {}), base: value };
}

/** Reads a ranges file: a YAML (or JSON) mapping of parameter name to [low, high]. */
export function readRangesFile(file: string): Map<string, [number, number]> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UserError(`${file}: cannot read ranges: ${(e as Error).message.split("\n")[0]}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new UserError(`${file}: expected a mapping of parameter path to [low, high]`);
  const out = new Map<string, [number, number]>();
  const problems: string[] = [];
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => typeof x === "number" && Number.isFinite(x))) problems.push(`${file}: ${k}: expected [low, high], two finite numbers`);
    else out.set(k, [v[0], v[1]]);
  }
  if (problems.length > 0) throw new UserError(problems);
  return out;
}

/** The parameters of an analysis, each with its targets and range; every problem in one UserError. */
export function resolveParams(s: Scenario, names: readonly string[], ranges: ReadonlyMap<string, [number, number]>, rangesFile = "--ranges"): SensParam[] {
  const problems: string[] = [];
  if (names.length === 0) problems.push("--params: name at least one parameter (or give a --ranges file)");
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) problems.push(`--params ${dup}: named twice`);
  for (const k of ranges.keys()) if (!names.includes(k)) problems.push(`${rangesFile}: ${k}: not among --params (${names.join(", ")})`);
  const out: SensParam[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const r = resolve(s, name, problems);
    if (!r) continue;
    for (const t of r.targets) {
      if (seen.has(t)) problems.push(`--params ${name}: sets ${t}, which ${seen.get(t)} sets too`);
      else seen.set(t, name);
    }
    const given = ranges.get(name);
    const range = given ?? r.row?.plausible;
    if (!range) {
      problems.push(`--params ${name}: no documented plausible range; give one in a --ranges file (${name}: [low, high])`);
      continue;
    }
    const [low, high] = range;
    const where = given ? `${rangesFile}: ${name}` : `--params ${name} (plausible range)`;
    if (!(low < high)) {
      problems.push(`${where}: the range's low (${low}) must be below its high (${high})`);
      continue;
    }
    if (r.row?.min !== undefined && low < r.row.min) problems.push(`${where}: low ${low} is below the parameter's limit ${r.row.min}`);
    if (r.row?.max !== undefined && high > r.row.max) problems.push(`${where}: high ${high} is above the parameter's limit ${r.row.max}`);
    out.push({ name, targets: r.targets, low, high, base: r.base, integer: r.row ? INTEGER_UNITS.has(r.row.unit) : Number.isInteger(r.base) && r.base > 1, rangeSource: given ? "ranges" : "plausible" });
  }
  if (problems.length > 0) throw new UserError(problems);
  return out;
}

/** The scenario with each parameter set to its value in `values` (same order as `params`), validated again. */
export function applyPoint(s: Scenario, params: readonly SensParam[], values: readonly number[]): Scenario {
  const copy = structuredClone(s);
  params.forEach((p, i) => {
    const v = p.integer ? Math.round(values[i]) : values[i];
    for (const t of p.targets) setAt(copy, splitPath(t)!, v);
  });
  const parsed = scenarioSchema.safeParse(copy);
  if (!parsed.success) {
    const at = params.map((p, i) => `${p.name}=${values[i]}`).join(", ");
    throw new UserError(parsed.error.issues.map((i) => `sensitivity: ${formatPath(i.path as PathSegment[])} at ${at}: ${i.message.replace(/^Invalid input: /, "")}`));
  }
  return parsed.data;
}
