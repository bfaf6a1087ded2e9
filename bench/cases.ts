// The bench's cases: what each measures (docs/PERFORMANCE.md, "What each case measures"), the arm sets they run,
// and the list `npm run bench` runs in order.
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readScenarioFile } from "../src/scenario/read.js";
import { scenarioSchema, type Scenario } from "../src/scenario/schema.js";

/** The project's folder (the bench runs from dist-bench/bench/). */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The arm sets the bench runs. "mix" is one arm with every policy mechanism that has a per-developer cost. */
export const ARM_SETS = {
  // The status quo itself: organic adoption, every model mechanism (adoption, lapsing, learning, noise, output).
  organic: [{ name: "organic", policies: [{ type: "none" }] }],
  mix: [
    { name: "quota+leaderboard-detect", policies: [{ type: "adoption-quota", target: 0.8 }, { type: "leaderboard", detection: { enabled: true } }] },
  ],
  all: [
    { name: "organic", policies: [{ type: "none" }] },
    { name: "quota", policies: [{ type: "adoption-quota", target: 0.8 }] },
    { name: "leaderboard-detect", policies: [{ type: "leaderboard", detection: { enabled: true } }] },
    { name: "salary-budget", policies: [{ type: "salary-budget" }] },
    { name: "quota+leaderboard-detect", policies: [{ type: "adoption-quota", target: 0.8 }, { type: "leaderboard", detection: { enabled: true } }] },
  ],
} as const;
export type ArmSet = keyof typeof ARM_SETS;

export interface SingleCase {
  kind: "single";
  developers: number;
  weeks: number;
  arms: ArmSet;
  /** Timed replicates per process. */
  reps: number;
  /** Processes the case runs in, one after another (1 unless given). */
  processes?: number;
  /**
   * Keep each developer's run totals, as `tokensim run` does for its developers table (default true); batch
   * tasks (compare, sweep, sensitivity, calibrate) skip them.
   */
  developerTotals?: boolean;
  /**
   * Time the yardstick loop (reference-loop.ts) after each timed replicate but the first, on as many developers
   * and weeks, in the same process and minute: `speed_vs_reference` is then free of the machine's drift.
   */
  reference?: boolean;
}
export interface PoolCase {
  kind: "replicates";
  developers: number;
  weeks: number;
  arms: ArmSet;
  replicates: number;
  workers: number;
  /** Rounds of (1 worker, all workers), taken in turn. */
  rounds: number;
}
/** The yardstick loop on 1 and on all lanes, as replicates on worker threads: what the machine allows. */
export interface ReferenceLanesCase {
  kind: "reference-lanes";
  developers: number;
  weeks: number;
  runs: number;
  workers: number;
  rounds: number;
}
/** One side of a ReferenceLanesCase, in a process of its own. */
export interface ReferenceLanesSide {
  kind: "reference-lanes-side";
  developers: number;
  weeks: number;
  runs: number;
  workers: number;
}
/** The whole `tokensim compare` command on scenarios/status-quo.yaml, as a user types it, on 1 and all workers. */
export interface CommandCase {
  kind: "command";
  developers: number;
  replicates: number;
  workers: number;
  rounds: number;
}
/** The whole `tokensim run scenarios/status-quo.yaml` at a size, as a user types it: model, tables, charts, report. */
export interface RunCommandCase {
  kind: "run-command";
  developers: number;
  processes: number;
}
/** The status quo with the delivery layer on and off, replicates in turn in one process (delivery-case.ts). */
export interface DeliveryOnOffCase {
  kind: "delivery-on-off";
  developers: number;
  weeks: number;
  reps: number;
}
export type Case = SingleCase | PoolCase | ReferenceLanesCase | CommandCase | RunCommandCase | DeliveryOnOffCase;
export type Side = PoolSide | ReferenceLanesSide;

/** One side of a replicate case: the batch on `workers` lanes, in a process of its own, as one CLI run. */
export interface PoolSide {
  kind: "replicates-side";
  developers: number;
  weeks: number;
  arms: ArmSet;
  replicates: number;
  workers: number;
}


export function scenarioFor(developers: number, weeks: number, arms: ArmSet): Scenario {
  const base = readScenarioFile(resolve(root, "scenarios/status-quo.yaml"));
  return scenarioSchema.parse({ ...base, weeks, population: { ...base.population, developers }, arms: ARM_SETS[arms] });
}

export const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
export const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;


export function cases(quick: boolean): Case[] {
  const processes = quick ? 1 : 3;
  const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const reps = (developers: number) => (developers >= 1_000_000 ? 3 : quick ? 3 : 5);
  const list: Case[] = [];
  // The status quo (no policy: the model's own mechanisms), then with the quota and the leaderboard on top.
  for (const arms of ["organic", "mix"] as const) {
    for (const developers of sizes) list.push({ kind: "single", developers, weeks: 52, arms, reps: reps(developers), processes, reference: arms === "organic" });
  }
  // The status quo as a batch task runs it (compare, sweep): without the developers table's run totals.
  for (const developers of quick ? [100_000] : [100_000, 1_000_000]) {
    list.push({ kind: "single", developers, weeks: 52, arms: "organic", reps: reps(developers), processes, developerTotals: false, reference: true });
  }
  // The delivery layer (review, quality, rework per team) on and off, side by side.
  for (const developers of quick ? [100_000] : [100_000, 1_000_000]) {
    list.push({ kind: "delivery-on-off", developers, weeks: 52, reps: developers >= 1_000_000 ? 3 : quick ? 4 : 8 });
  }
  // Linearity in weeks.
  list.push({ kind: "single", developers: 100_000, weeks: 26, arms: "mix", reps: reps(100_000) });
  list.push({ kind: "single", developers: 100_000, weeks: 104, arms: "mix", reps: reps(100_000) });
  // Every policy on its own arm plus the mix: draws shared by five arms.
  list.push({ kind: "single", developers: 100_000, weeks: 52, arms: "all", reps: reps(100_000) });
  if (!quick) list.push({ kind: "single", developers: 1_000_000, weeks: 52, arms: "all", reps: 1 });
  const workers = availableParallelism();
  // Replicates on 1 and on all workers, each side a cold process as in a CLI run. A worker thread starts ~0.15 s
  // late (thread and modules) and its first replicate takes ~0.4 s longer (compiling, new memory) on the bench
  // machine: 8 replicates show that cost; 32, the dozens of replicates of a real comparison, spread it thinner.
  for (const replicates of quick ? [4] : [8, 32]) {
    const rounds = quick ? 1 : 3;
    list.push({ kind: "replicates", developers: 100_000, weeks: 52, arms: "organic", replicates, workers, rounds });
    list.push({ kind: "replicates", developers: 100_000, weeks: 52, arms: "mix", replicates, workers, rounds });
  }
  // A batch of a sweep's size (hundreds of points x dozens of replicates), where the cold start is spread
  // over many tasks and what is left is how well two lanes share the machine.
  if (!quick) list.push({ kind: "replicates", developers: 100_000, weeks: 52, arms: "organic", replicates: 96, workers, rounds: 3 });
  // What the machine allows: the yardstick loop on 1 and on all lanes (memory streams and exponentials alike).
  list.push({ kind: "reference-lanes", developers: 100_000, weeks: 52, runs: quick ? 4 : 32, workers, rounds: quick ? 1 : 3 });
  // The same batch as a user runs it: the whole command, start-up and outputs included.
  list.push({ kind: "command", developers: 100_000, replicates: quick ? 4 : 32, workers, rounds: quick ? 1 : 3 });
  // One replicate of a million developers as a user runs it, with every table and chart.
  list.push({ kind: "run-command", developers: quick ? 100_000 : 1_000_000, processes: quick ? 1 : 2 });
  return list;
}
