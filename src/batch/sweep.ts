// Sweep points: `--set path=v1,v2,...` (a grid: every combination) or `--set path=lo:hi` with `--lhs N`
// (a Latin hypercube of N points: each range cut into N strata, each stratum used once per parameter).
import { UserError } from "../errors.js";
import { child, streamFor } from "../random/stream.js";
import { latinHypercubeStrata } from "../stats/designs.js";
import { scenarioSchema, type Scenario } from "../scenario/schema.js";
import { getAt, pathSegments, setAt } from "../scenario/paths.js";
import { formatPath } from "../scenario/validate.js";

export interface SetSpec {
  /** Normalised dotted path, array indices as numbers: ["arms", 1, "policies", 0, "target"]. */
  path: (string | number)[];
  /** The path as the user wrote it, for columns and messages. */
  text: string;
  values?: number[];
  range?: [number, number];
}

export function parseSet(text: string): SetSpec {
  const eq = text.indexOf("=");
  const bad = (why: string) => new UserError(`--set ${text}: ${why} (expected path.to.param=v1,v2,... or path.to.param=lo:hi)`);
  if (eq <= 0) throw bad("no '='");
  const name = text.slice(0, eq).trim();
  const rhs = text.slice(eq + 1).trim();
  if (!/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+|\[\d+\])*$/.test(name)) throw bad("malformed parameter path");
  const path = pathSegments(name);
  const num = (s: string) => {
    const v = Number(s);
    if (s.trim() === "" || !Number.isFinite(v)) throw bad(`"${s}" is not a finite number`);
    return v;
  };
  if (/^[^,]*:[^,]*$/.test(rhs)) {
    const [lo, hi] = rhs.split(":").map(num);
    if (!(lo < hi)) throw bad(`the range's low (${lo}) must be below its high (${hi})`);
    return { path, text: name, range: [lo, hi] };
  }
  const values = rhs.split(",").map(num);
  return { path, text: name, values };
}

/** Checks that every path names a numeric parameter of the (resolved) scenario. */
export function checkPaths(s: Scenario, sets: readonly SetSpec[]): void {
  const problems = sets
    .filter((set) => typeof getAt(s, set.path) !== "number")
    .map((set) => `--set ${set.text}: no numeric parameter at this path in scenario "${s.name}" (see npx tokensim params)`);
  const names = sets.map((x) => formatPath(x.path));
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) problems.push(`--set ${dup}: set twice`);
  if (problems.length > 0) throw new UserError(problems);
}

/** The scenario with `params` (path text -> value) applied, validated again. */
export function applyParams(s: Scenario, sets: readonly SetSpec[], params: Record<string, number>): Scenario {
  const copy = structuredClone(s);
  for (const set of sets) setAt(copy, set.path, params[set.text]);
  const parsed = scenarioSchema.safeParse(copy);
  if (!parsed.success) {
    throw new UserError(parsed.error.issues.map((i) => `--set ${formatPath(i.path as (string | number)[])}=${JSON.stringify(params)}: ${i.message.replace(/^Invalid input: /, "")}`));
  }
  return parsed.data;
}

/** Every combination of the listed values, the first parameter varying slowest. */
export function gridPoints(sets: readonly SetSpec[]): Record<string, number>[] {
  let points: Record<string, number>[] = [{}];
  for (const set of sets) {
    if (!set.values) throw new UserError(`--set ${set.text}: a range lo:hi needs --lhs N; a grid needs a list v1,v2,...`);
    points = points.flatMap((p) => set.values!.map((v) => ({ ...p, [set.text]: v })));
  }
  return points;
}

/** A Latin hypercube sample of n points over the ranges, from a stream seeded by the scenario's seed. */
export function lhsPoints(sets: readonly SetSpec[], n: number, seed: number): Record<string, number>[] {
  if (!(Number.isInteger(n) && n >= 2)) throw new UserError(`--lhs: the number of points must be an integer >= 2, got ${n}`);
  const ranges = sets.map((set) => {
    if (!set.range) throw new UserError(`--set ${set.text}: --lhs needs a range lo:hi`);
    return set.range;
  });
  const strata = latinHypercubeStrata(n, sets.length, child(streamFor(`tokensim/${seed}`), "lhs"));
  return strata.map((v) => Object.fromEntries(sets.map((set, j) => [set.text, ranges[j][0] + ((ranges[j][1] - ranges[j][0]) * v[j]) / n])));
}
