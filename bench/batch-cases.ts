// The bench's cases on several lanes and whole commands: replicates through the batch pool on 1 and on all
// workers, the yardstick on 1 and on all lanes, and `tokensim compare` and `tokensim run` end to end.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { allTasks } from "../src/batch/plan.js";
import { runTasks } from "../src/batch/pool.js";
import type { Row } from "../src/output/rows.js";
import { median } from "../src/stats/order-statistics.js";
import { ARM_SETS, mb, root, round, scenarioFor, type CommandCase, type PoolCase, type PoolSide, type ReferenceLanesCase, type RunCommandCase } from "./cases.js";
import { runCaseInChild, timeCli } from "./processes.js";
import { referenceMsPerRun } from "./reference-loop.js";

interface SideResult {
  ms: number;
  /** The yardstick's ms a run on one thread, right after the batch in the same process (the machine's speed). */
  reference_ms: number;
  /** SHA-256 of every replicate's summary rows, in replicate order. */
  rows_hash: string;
  /** Of the whole process: this thread and the worker threads. */
  peak_rss_mb: number;
}

/** Times one batch through the worker pool that compare and sweep use; results come back in replicate order. */
export async function runPoolSide(c: PoolSide): Promise<SideResult> {
  const scenario = scenarioFor(c.developers, c.weeks, c.arms);
  const out: Row[][] = [];
  const t0 = performance.now();
  await runTasks([scenario], allTasks(1, c.replicates), { workers: c.workers, onResult: (_task, result) => out.push(result.rows) });
  const ms = performance.now() - t0;
  const rowsHash = createHash("sha256").update(JSON.stringify(out)).digest("hex");
  const peak = mb(process.resourceUsage().maxRSS * 1024);
  return { ms, reference_ms: referenceMsPerRun(c.developers, c.weeks), rows_hash: rowsHash, peak_rss_mb: peak };
}

/**
 * Rounds of (1 worker, all workers) taken in turn, so that a slow spell of the machine does not fall on one side
 * only: every side's result, each side's median time, and the timing fields of a line. Sides that carry the
 * yardstick's time (`reference_ms`, the machine's single-thread speed in that minute) also give
 * `speedup_drift_corrected`: round by round, (T1 / R1) / (Tall / Rall), each side's time in units of the
 * yardstick's time next to it, then the median. It takes out a change of the machine's speed between the two
 * sides of a round, not a slowdown of one vCPU while both lanes run.
 */
function inTurns<S extends { ms: number; reference_ms?: number }>(rounds: number, one: () => S, all: () => S) {
  const oneRuns: number[] = [];
  const allRuns: number[] = [];
  const sides: S[] = [];
  for (let k = 0; k < rounds; k++) {
    const a = one();
    const b = all();
    oneRuns.push(a.ms);
    allRuns.push(b.ms);
    sides.push(a, b);
  }
  const ms1 = median(oneRuns);
  const msAll = median(allRuns);
  const fields = {
    ms_1_worker: round(ms1, 1),
    ms_all_workers: round(msAll, 1),
    ms_1_worker_runs: oneRuns.map((t) => round(t, 1)),
    ms_all_workers_runs: allRuns.map((t) => round(t, 1)),
    speedup: round(ms1 / msAll, 2),
    speedup_runs: oneRuns.map((t, k) => round(t / allRuns[k], 2)),
    ...driftCorrected(sides),
  };
  return { sides, ms1, msAll, fields };
}

/** The drift-corrected speed-up fields of inTurns, when every side carries `reference_ms`. */
function driftCorrected(sides: { ms: number; reference_ms?: number }[]) {
  if (!sides.every((s) => s.reference_ms !== undefined)) return {};
  const pairs = Array.from({ length: sides.length / 2 }, (_, k) => [sides[2 * k], sides[2 * k + 1]] as const);
  const corrected = pairs.map(([one, all]) => one.ms / one.reference_ms! / (all.ms / all.reference_ms!));
  return {
    reference_ms_1_worker_runs: pairs.map(([one]) => round(one.reference_ms!, 1)),
    reference_ms_all_workers_runs: pairs.map(([, all]) => round(all.reference_ms!, 1)),
    speedup_drift_corrected: round(median(corrected), 2),
    speedup_drift_corrected_runs: corrected.map((x) => round(x, 2)),
  };
}

/**
 * Replicates on 1 and on all workers, through the pool alone. Each side of each round runs in a fresh process,
 * cold: this thread and every worker thread load the modules, compile and touch new memory on their first
 * replicate (the command line starts and warms its worker threads during its own start-up, see
 * batch/prestart.ts; the command case measures that); the time runs from the batch's start to its last result.
 * The machine's speed drifts (other virtual machines on the host): the sides take turns over the rounds and
 * each reports its median, so that a slow spell does not fall on one side only.
 */
export function runPool(c: PoolCase): Record<string, unknown> {
  const side = (workers: number) => () => runCaseInChild<SideResult>({ ...c, kind: "replicates-side", workers });
  const { sides, ms1, msAll, fields } = inTurns(c.rounds, side(1), side(c.workers));
  const agentWeeks = c.developers * c.weeks * ARM_SETS[c.arms].length * c.replicates;
  return {
    kind: "replicates",
    developers: c.developers,
    weeks: c.weeks,
    arms: ARM_SETS[c.arms].length,
    arm_names: ARM_SETS[c.arms].map((a) => a.name),
    replicates: c.replicates,
    workers: c.workers,
    rounds: c.rounds,
    ...fields,
    agent_weeks_per_sec_1_worker: round(agentWeeks / (ms1 / 1000)),
    agent_weeks_per_sec_all_workers: round(agentWeeks / (msAll / 1000)),
    same_numbers_on_1_and_all_workers: new Set(sides.map((r) => r.rows_hash)).size === 1,
    load_average_1m: round(loadavg()[0], 2),
    peak_rss_mb: Math.max(...sides.map((r) => r.peak_rss_mb)),
  };
}

/** The yardstick on 1 and on all lanes, sides in turn, each side a fresh process. */
export function runReferenceLanes(c: ReferenceLanesCase): Record<string, unknown> {
  const side = (workers: number) => () => runCaseInChild<{ ms: number; checksums: number[] }>({ ...c, kind: "reference-lanes-side", workers });
  const { sides, fields } = inTurns(c.rounds, side(1), side(c.workers));
  return {
    kind: "reference-lanes",
    developers: c.developers,
    weeks: c.weeks,
    runs: c.runs,
    workers: c.workers,
    rounds: c.rounds,
    ...fields,
    same_checksums_on_1_and_all_workers: new Set(sides.map((r) => JSON.stringify(r.checksums))).size === 1,
    load_average_1m: round(loadavg()[0], 2),
  };
}

/**
 * One `tokensim compare` process: its wall time, the SHA-256 of its compare.csv, and the yardstick's time right
 * after it (in the bench's own process).
 */
function runCommandSide(c: CommandCase, workers: number): { ms: number; hash: string; reference_ms: number } {
  const args = ["compare", resolve(root, "scenarios/status-quo.yaml"), "--replicates", String(c.replicates), "--developers", String(c.developers)];
  const { ms, value } = timeCli([...args, "--workers", String(workers), "--quiet"], (out) => createHash("sha256").update(readFileSync(resolve(out, "compare.csv"))).digest("hex"));
  return { ms, hash: value, reference_ms: referenceMsPerRun(c.developers, 52) };
}

/**
 * The end-to-end figure a user sees: `tokensim compare` on 1 and on all workers, start-up, batch, CSV and chart
 * included. With worker threads the main thread loads the chart library while they run (see runTasks's
 * beforeThisLane); on one lane it follows the batch.
 */
export function runCommand(c: CommandCase): Record<string, unknown> {
  const { sides, fields } = inTurns(c.rounds, () => runCommandSide(c, 1), () => runCommandSide(c, c.workers));
  return {
    kind: "command",
    command: `tokensim compare scenarios/status-quo.yaml --replicates ${c.replicates} --developers ${c.developers} --workers N --quiet`,
    developers: c.developers,
    weeks: 52,
    replicates: c.replicates,
    workers: c.workers,
    rounds: c.rounds,
    ...fields,
    same_compare_csv_on_1_and_all_workers: new Set(sides.map((r) => r.hash)).size === 1,
    load_average_1m: round(loadavg()[0], 2),
  };
}

/**
 * `tokensim run` end to end, in `processes` processes one after another: wall time from spawn to exit, the
 * simulation's share of it (the manifest's `timings.simulateMs`) and the size of developers.csv.
 */
export function runRunCommand(c: RunCommandCase): Record<string, unknown> {
  const args = ["run", resolve(root, "scenarios/status-quo.yaml"), "--developers", String(c.developers)];
  const runs = Array.from({ length: c.processes }, () =>
    timeCli(args, (out) => ({
      simulateMs: (JSON.parse(readFileSync(resolve(out, "manifest.json"), "utf8")) as { timings: { simulateMs: number } }).timings.simulateMs,
      developersCsvMb: mb(statSync(resolve(out, "developers.csv")).size),
    })),
  );
  return {
    kind: "run-command",
    command: `tokensim run scenarios/status-quo.yaml --developers ${c.developers}`,
    developers: c.developers,
    weeks: 52,
    processes: c.processes,
    ms: round(median(runs.map((r) => r.ms)), 1),
    ms_runs: runs.map((r) => round(r.ms, 1)),
    simulate_ms_runs: runs.map((r) => r.value.simulateMs),
    developers_csv_mb: runs[0].value.developersCsvMb,
    load_average_1m: round(loadavg()[0], 2),
  };
}
