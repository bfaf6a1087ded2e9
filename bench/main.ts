// `npm run bench`: throughput and memory of the simulation core, and of replicates on worker threads.
//
// The scenario is status-quo (scenarios/status-quo.yaml, every default) with arms that switch the policies on.
// Each case runs in child processes of its own (so peak RSS is that case's), single-threaded: a warm-up run at a
// smaller size, then `reps` timed runs of `simulate(scenario, 0)`; the median over every process's timed runs
// is reported (the main sizes run in 3 processes, as the machine's speed varies from process to process;
// replicate cases in a fresh process per side and round, see runPool in batch-cases.ts). Time covers the
// whole replicate: population, every week of every arm, headline. The timed replicates recycle one array arena
// (src/model/arrays.ts), as a batch worker does; `ms_fresh_arrays` is one replicate on new memory, as a lone
// `tokensim run`. The "command" and "run-command" cases time whole CLI commands from spawn to exit (compare on
// 1 and on all workers; run at a million developers). One JSON object per line on stdout; all lines are also
// saved to out/bench.json. The cases are listed in cases.ts; those on several lanes and whole commands are in
// batch-cases.ts.
//
//   node --expose-gc dist-bench/bench/main.js                 every case (npm run bench builds it first)
//   node --expose-gc dist-bench/bench/main.js --quick         10k and 100k only, fewer repetitions
//   node --expose-gc dist-bench/bench/main.js --case '{...}'  one case in this process (also for --cpu-prof)
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import * as simulateModule from "../src/model/simulate.js";
import { ArrayArena, freshArrays, type ArraySource } from "../src/model/arrays.js";
import { createPolicies } from "../src/policies/registry.js";
import { FillScratch } from "../src/random/distributions.js";
import { median } from "../src/stats/order-statistics.js";
import { runCommand, runPool, runPoolSide, runReferenceLanes, runRunCommand } from "./batch-cases.js";
import { cases, mb, root, round, scenarioFor, type Case, type Side, type SingleCase } from "./cases.js";
import { typedArrayBytes } from "./footprint.js";
import { runCaseInChild } from "./processes.js";
import { referenceOnLanes } from "./reference-lanes.js";
import { referenceArrays, referenceRun } from "./reference-loop.js";
import { runDeliveryOnOff } from "./delivery-case.js";

const { simulate } = simulateModule;
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
    ...footprintFields(run, n, before, after),
    ...(reference ? referenceFields(agentWeeks, times, referenceTimes) : {}),
    checksum: run.arms.map((a) => a.headline.topDecileTokenRatio),
    // Other work on the machine: the 1-minute load average as the case ended (2 = both cores busy).
    load_average_1m: round(loadavg()[0], 2),
  };
}

/**
 * The memory fields of a single case: the typed arrays' bytes a developer (population, one arm's state, the
 * week's draws), and what the process kept between `before` and `after` the timed replicates.
 */
function footprintFields(run: ReturnType<typeof simulate>, n: number, before: NodeJS.MemoryUsage, after: NodeJS.MemoryUsage) {
  const popBytes = typedArrayBytes(run.population) / n;
  const armBytes = typedArrayBytes(run.arms[0].state) / n;
  const drawBytes = drawsBytesPerDeveloper(run);
  return {
    bytes_per_developer: round(popBytes + armBytes + drawBytes, 1),
    bytes_breakdown: { population: round(popBytes, 1), arm_state: round(armBytes, 1), draws: round(drawBytes, 1) },
    retained_array_buffers_per_developer: round((after.arrayBuffers - before.arrayBuffers) / n, 1),
    rss_growth_mb: mb(after.rss - before.rss),
    heap_growth_mb: mb(after.heapUsed - before.heapUsed),
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
    case "delivery-on-off":
      return inThisProcess ? runDeliveryOnOff(c) : runCaseInChild(c);
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
