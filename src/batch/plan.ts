// A batch (compare or sweep) as a list of units (fully resolved scenarios) x replicates = tasks, in a fixed
// order. Shard i of n takes tasks i-1, i-1+n, ...: deterministic slices that merge back into one run's files.
import { UserError } from "../errors.js";
import type { Scenario } from "../scenario/schema.js";

export interface Unit {
  /** Scenario name, or for a sweep "<scenario>" with the point's parameters in `params`. */
  scenario: Scenario;
  /** The scenario file it came from. */
  file: string;
  /** Sweep point index (0 for compare). */
  point: number;
  /** Swept parameter values of this point, by path (empty for compare). */
  params: Record<string, number>;
}

export interface Task {
  /** Position in the batch's fixed order: unit-major, then replicate. */
  index: number;
  unit: number;
  replicate: number;
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(text: string | undefined): Shard {
  if (text === undefined) return { index: 1, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN, count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UserError(`--shard: expected i/n with 1 <= i <= n (e.g. 2/8), got "${text}"`);
  }
  return { index, count };
}

export function allTasks(units: number, replicates: number): Task[] {
  const tasks: Task[] = [];
  for (let u = 0; u < units; u++) for (let r = 0; r < replicates; r++) tasks.push({ index: tasks.length, unit: u, replicate: r });
  return tasks;
}

export function shardTasks(tasks: readonly Task[], shard: Shard): Task[] {
  return tasks.filter((t) => t.index % shard.count === shard.index - 1);
}
