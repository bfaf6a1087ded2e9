// `npm run bench`: throughput and memory of the simulation core, and of replicates on worker threads.
//
// The scenario is status-quo (scenarios/status-quo.yaml, every default) with arms that switch the policies on.
// Each case runs in child processes of its own (so peak RSS is that case's), single-threaded: a warm-up run at a
// smaller size, then `reps` timed runs of `simulate(scenario, 0)`; the median over every process's timed runs
// is reported (the main sizes run in 3 processes, as the machine's speed varies from process to process;
// replicate cases in a fresh process per side and round, see runPool). Time covers the
// whole replicate: population, every week of every arm, headline. The timed replicates recycle one array arena
// (src/model/arrays.ts), as a batch worker does; `ms_fresh_arrays` is one replicate on new memory, as a lone
// `tokensim run`. The "command" and "run-command" cases time whole CLI commands from spawn to exit (compare on
// 1 and on all workers; run at a million developers). One JSON object per line on stdout; all lines are also
// saved to out/bench.json.
//
//   node --expose-gc dist-bench/bench/main.js                 every case (npm run bench builds it first)
//   node --expose-gc dist-bench/bench/main.js --quick         10k and 100k only, fewer repetitions
//   node --expose-gc dist-bench/bench/main.js --case '{...}'  one case in this process (also for --cpu-prof)
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import * as simulateModule from "../src/model/simulate.js";
import { allTasks } from "../src/batch/plan.js";
import { ArrayArena, freshArrays, type ArraySource } from "../src/model/arrays.js";
import { FillScratch } from "../src/random/distributions.js";
import { runTasks } from "../src/batch/pool.js";
import type { Row } from "../src/output/rows.js";
import { readScenarioFile } from "../src/scenario/read.js";
import { scenarioSchema, type Scenario } from "../src/scenario/schema.js";
import { median } from "../src/stats/order-statistics.js";
import { typedArrayBytes } from "./footprint.js";
import { referenceOnLanes } from "./reference-lanes.js";
import { referenceArrays, referenceMsPerRun, referenceRun } from "./reference-loop.js";
import { createPolicies } from "../src/policies/registry.js";

const { simulate } = simulateModule;
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");

/** The arm sets the bench runs. "mix" is one arm with every policy mechanism that has a per-developer cost. */
const ARM_SETS = {
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
type ArmSet = keyof typeof ARM_SETS;

interface SingleCase {
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
interface PoolCase {
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
interface ReferenceLanesCase {
  kind: "reference-lanes";
  developers: number;
  weeks: number;
  runs: number;
  workers: number;
  rounds: number;
}
/** One side of a ReferenceLanesCase, in a process of its own. */
interface ReferenceLanesSide {
  kind: "reference-lanes-side";
  developers: number;
  weeks: number;
  runs: number;
  workers: number;
}
/** The whole `tokensim compare` command on scenarios/status-quo.yaml, as a user types it, on 1 and all workers. */
interface CommandCase {
  kind: "command";
  developers: number;
  replicates: number;
  workers: number;
  rounds: number;
}
/** The whole `tokensim run scenarios/status-quo.yaml` at a size, as a user types it: model, tables, charts, report. */
interface RunCommandCase {
  kind: "run-command";
  developers: number;
  processes: number;
}
type Case = SingleCase | PoolCase | ReferenceLanesCase | CommandCase | RunCommandCase;
type Side = PoolSide | ReferenceLanesSide;

function scenarioFor(developers: number, weeks: number, arms: ArmSet): Scenario {
  const base = readScenarioFile(resolve(root, "scenarios/status-quo.yaml"));
  return scenarioSchema.parse({ ...base, weeks, population: { ...base.population, developers }, arms: ARM_SETS[arms] });
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * Bytes of the week's shared draws per developer (the core's own allocation, or the four Float64Arrays of old);
 * without the policy uniforms when no policy of the run reads them.
 */
function drawsBytesPerDeveloper(run: ReturnType<typeof simulate>): number {
  const create = (simulateModule as Record<string, unknown>).createWeekDraws as ((n: number, arrays: ArraySource, policyDraws: boolean) => object) | undefined;
  if (!create) return 4 * 8;
  return typedArrayBytes(create(1000, freshArrays, simulateModule.needsPolicyDraws(run.arms.map((arm) => arm.state)))) / 1000;
}

function runSingle(c: SingleCase): Record<string, unknown> {
  const scenario = scenarioFor(c.developers, c.weeks, c.arms);
  const developerTotals = c.developerTotals ?? true;
  // Warm-up: the same code paths at a smaller size, so the timed runs measure optimised code.
  simulate(scenarioFor(Math.min(c.developers, 20_000), c.weeks, c.arms), createPolicies, 1, { developerTotals });
  const reference = c.reference ? referenceArrays(c.developers) : undefined;
  if (reference) referenceRun(referenceArrays(Math.min(c.developers, 20_000)), c.weeks, 1);
  // One replicate on fresh arrays, as a lone `tokensim run` does: its time includes the first write to every
  // page of new memory (see src/model/arrays.ts).
  gc();
  const f0 = performance.now();
  simulate(scenario, createPolicies, 0, { developerTotals });
  const msFresh = performance.now() - f0;
  // The timed replicates recycle one arena, as a batch worker does from replicate to replicate.
  const arena = new ArrayArena();
  const fillScratch = new FillScratch();
  gc();
  const before = process.memoryUsage();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  // The yardstick runs after every timed replicate but the first, which is often slower (compiling): null there.
  const referenceTimes: (number | null)[] = [];
  let modelPeakRss: number | undefined; // before the yardstick's arrays are first touched
  let kept: ReturnType<typeof simulate> | undefined;
  for (let r = 0; r < c.reps; r++) {
    kept = undefined;
    arena.recycle();
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const run = simulate(scenario, createPolicies, 0, { arrays: arena, fillScratch, developerTotals });
    times.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    cpuTimes.push((c1.user + c1.system) / 1000);
    kept = run;
    if (reference && r > 0) {
      modelPeakRss ??= process.resourceUsage().maxRSS * 1024;
      const r0 = performance.now();
      referenceRun(reference, c.weeks, r);
      referenceTimes.push(performance.now() - r0);
    } else if (reference) {
      referenceTimes.push(null);
    }
  }
  gc();
  const after = process.memoryUsage(); // with the last run's result still held
  const run = kept!;
  const n = c.developers;
  const popBytes = typedArrayBytes(run.population) / n;
  const armBytes = typedArrayBytes(run.arms[0].state) / n;
  const drawBytes = drawsBytesPerDeveloper(run);
  const ms = median(times);
  const agentWeeks = n * c.weeks * run.arms.length;
  return {
    developers: n,
    weeks: c.weeks,
    workers: 1,
    arms: run.arms.length,
    arm_names: run.arms.map((a) => a.name),
    developer_totals: developerTotals,
    reps: c.reps,
    agent_weeks_per_sec: round(agentWeeks / (ms / 1000)),
    ms: round(ms, 1),
    ms_runs: times.map((t) => round(t, 1)),
    ms_fresh_arrays: round(msFresh, 1),
    // CPU time of the main thread and GC helpers: less sensitive than wall time to other load on the machine.
    cpu_ms: round(median(cpuTimes), 1),
    cpu_ms_runs: cpuTimes.map((t) => round(t, 1)),
    agent_weeks_per_cpu_sec: round(agentWeeks / (median(cpuTimes) / 1000)),
    // The model's peak: with the yardstick, read before its arrays (57 bytes a developer) became resident.
    peak_rss_mb: mb(modelPeakRss ?? process.resourceUsage().maxRSS * 1024),
    bytes_per_developer: round(popBytes + armBytes + drawBytes, 1),
    bytes_breakdown: { population: round(popBytes, 1), arm_state: round(armBytes, 1), draws: round(drawBytes, 1) },
    retained_array_buffers_per_developer: round((after.arrayBuffers - before.arrayBuffers) / n, 1),
    rss_growth_mb: mb(after.rss - before.rss),
    heap_growth_mb: mb(after.heapUsed - before.heapUsed),
    ...(reference ? referenceFields(agentWeeks, times, referenceTimes) : {}),
    checksum: run.arms.map((a) => a.headline.topDecileTokenRatio),
    // Other work on the machine: the 1-minute load average as the case ended (2 = both cores busy).
    load_average_1m: round(loadavg()[0], 2),
  };
}

/**
 * The yardstick's fields of a single case: its speed, and the core's speed over it, replicate by replicate
 * (each core replicate paired with the yardstick run right after it; `referenceTimes[k]` is null where none
 * ran), then the median of those ratios.
 */
function referenceFields(agentWeeks: number, times: number[], referenceTimes: (number | null)[]) {
  const paired = times.flatMap((t, k) => (referenceTimes[k] === null ? [] : [[t, referenceTimes[k]!] as const]));
  return {
    reference_agent_weeks_per_sec: round(agentWeeks / (median(paired.map(([, ref]) => ref)) / 1000)),
    reference_ms_runs: referenceTimes.map((t) => (t === null ? null : round(t, 1))),
    speed_vs_reference: round(median(paired.map(([t, ref]) => ref / t)), 2),
  };
}

/** One side of a replicate case: the batch on `workers` lanes, in a process of its own, as one CLI run. */
interface PoolSide {
  kind: "replicates-side";
  developers: number;
  weeks: number;
  arms: ArmSet;
  replicates: number;
  workers: number;
}

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
async function runPoolSide(c: PoolSide): Promise<SideResult> {
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
function runPool(c: PoolCase): Record<string, unknown> {
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
function runReferenceLanes(c: ReferenceLanesCase): Record<string, unknown> {
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

/** Runs the CLI with `args` and a fresh temporary `--out` folder: wall time from spawn to exit, and `read(out)`. */
function timeCli<T>(args: string[], read: (out: string) => T): { ms: number; value: T } {
  const out = mkdtempSync(resolve(tmpdir(), "tokensim-bench-"));
  try {
    const argv = [resolve(root, "dist/cli/main.js"), ...args, "--out", out];
    const t0 = performance.now();
    const child = spawnSync(process.execPath, argv, { encoding: "utf8", stdio: ["ignore", "ignore", "inherit"] });
    const ms = performance.now() - t0;
    if (child.status !== 0) throw new Error(`bench command tokensim ${args.join(" ")} failed (exit ${child.status ?? child.signal})`);
    return { ms, value: read(out) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
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
function runCommand(c: CommandCase): Record<string, unknown> {
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
function runRunCommand(c: RunCommandCase): Record<string, unknown> {
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

/**
 * A single-threaded case over `processes` processes. On the bench machine a whole process is often fast or slow
 * (all its replicates within a few % of each other, but 410 ms in one process and 620 ms in the next, with
 * nothing else running): the line pools every process's timed replicates and reports their median, and
 * `ms_per_process` each process's own median.
 */
function runSingleInProcesses(c: SingleCase): Record<string, unknown> {
  const lines = Array.from({ length: c.processes ?? 1 }, () => runCaseInChild(c));
  const first = lines[0];
  const all = (key: string) => lines.flatMap((l) => l[key] as number[]);
  const ms = median(all("ms_runs"));
  const cpuMs = median(all("cpu_ms_runs"));
  const agentWeeks = c.developers * c.weeks * (first.arms as number);
  const pooled = c.reference ? referenceFields(agentWeeks, all("ms_runs"), lines.flatMap((l) => l.reference_ms_runs as (number | null)[])) : {};
  return {
    ...first,
    ...pooled,
    processes: lines.length,
    agent_weeks_per_sec: round(agentWeeks / (ms / 1000)),
    ms: round(ms, 1),
    ms_runs: all("ms_runs"),
    ms_per_process: lines.map((l) => l.ms),
    ms_fresh_arrays: round(median(lines.map((l) => l.ms_fresh_arrays as number)), 1),
    cpu_ms: round(cpuMs, 1),
    cpu_ms_runs: all("cpu_ms_runs"),
    agent_weeks_per_cpu_sec: round(agentWeeks / (cpuMs / 1000)),
    peak_rss_mb: Math.max(...lines.map((l) => l.peak_rss_mb as number)),
    load_average_1m: round(loadavg()[0], 2),
  };
}

/** Runs one case in a child process of its own (its own memory, peak RSS and compiled code); its JSON line. */
function runCaseInChild<T = Record<string, unknown>>(c: Case | Side): T {
  const child = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--case", JSON.stringify(c)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`bench case ${JSON.stringify(c)} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(child.stdout.trim()) as T;
}

function cases(quick: boolean): Case[] {
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

/**
 * One case's JSON line. A single-threaded case runs here when this process is its child (`--case`), otherwise
 * in its own child processes; the other kinds spawn their own processes either way.
 */
async function lineOf(c: Case | Side, inThisProcess: boolean): Promise<unknown> {
  switch (c.kind) {
    case "single":
      return inThisProcess ? runSingle(c) : runSingleInProcesses(c);
    case "replicates-side":
      return runPoolSide(c);
    case "replicates":
      return runPool(c);
    case "reference-lanes-side":
      return referenceOnLanes(c.developers, c.weeks, c.runs, c.workers);
    case "reference-lanes":
      return runReferenceLanes(c);
    case "command":
      return runCommand(c);
    case "run-command":
      return runRunCommand(c);
  }
}

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf("--case");
  if (at >= 0) {
    process.stdout.write(`${JSON.stringify(await lineOf(JSON.parse(argv[at + 1]) as Case | Side, true))}\n`);
    return;
  }
  const lines: unknown[] = [];
  for (const c of cases(argv.includes("--quick"))) {
    const line = await lineOf(c, false);
    process.stdout.write(`${JSON.stringify(line)}\n`);
    lines.push(line);
  }
  mkdirSync(resolve(root, "out"), { recursive: true });
  const report = { node: process.version, cpus: availableParallelism(), date: new Date().toISOString(), lines };
  writeFileSync(resolve(root, "out/bench.json"), `${JSON.stringify(report, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
