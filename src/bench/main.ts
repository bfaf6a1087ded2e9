// `npm run bench`: throughput and memory of the simulation core, and of replicates on worker threads.
//
// The scenario is status-quo (scenarios/status-quo.yaml, every default) with arms that switch the policies on.
// Each case runs in its own child process (so peak RSS is that case's), single-threaded: a warm-up run at a
// smaller size, then `reps` timed runs of `simulate(scenario, 0)`; the median is reported. Time covers the
// whole replicate: population, every week of every arm, headline. The timed replicates recycle one array arena
// (src/model/arrays.ts), as a batch worker does; `ms_fresh_arrays` is one replicate on new memory, as a lone
// `tokensim run`. One JSON object per line on stdout; all lines are also saved to out/bench.json.
//
//   node --expose-gc dist/bench/main.js                 every case
//   node --expose-gc dist/bench/main.js --quick         10k and 100k only, fewer repetitions
//   node --expose-gc dist/bench/main.js --case '{...}'  one case in this process (also for --cpu-prof)
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import * as simulateModule from "../model/simulate.js";
import { allTasks } from "../batch/plan.js";
import { ArrayArena } from "../model/arrays.js";
import { runTasks } from "../batch/pool.js";
import type { Row } from "../output/rows.js";
import { readScenarioFile } from "../scenario/read.js";
import { scenarioSchema, type Scenario } from "../scenario/schema.js";
import { typedArrayBytes } from "./footprint.js";

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
  reps: number;
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
type Case = SingleCase | PoolCase;

function scenarioFor(developers: number, weeks: number, arms: ArmSet): Scenario {
  const base = readScenarioFile(resolve(root, "scenarios/status-quo.yaml"));
  return scenarioSchema.parse({ ...base, weeks, population: { ...base.population, developers }, arms: ARM_SETS[arms] });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Bytes of the week's shared draws per developer (the core's own allocation, or the four Float64Arrays of old). */
function drawsBytesPerDeveloper(): number {
  const create = (simulateModule as Record<string, unknown>).createWeekDraws as ((n: number) => object) | undefined;
  return create ? typedArrayBytes(create(1000)) / 1000 : 4 * 8;
}

function runSingle(c: SingleCase): Record<string, unknown> {
  const scenario = scenarioFor(c.developers, c.weeks, c.arms);
  // Warm-up: the same code paths at a smaller size, so the timed runs measure optimised code.
  simulate(scenarioFor(Math.min(c.developers, 20_000), c.weeks, c.arms), 1);
  // One replicate on fresh arrays, as a lone `tokensim run` does: its time includes the first write to every
  // page of new memory (see src/model/arrays.ts).
  gc();
  const f0 = performance.now();
  simulate(scenario, 0);
  const msFresh = performance.now() - f0;
  // The timed replicates recycle one arena, as a batch worker does from replicate to replicate.
  const arena = new ArrayArena();
  gc();
  const before = process.memoryUsage();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let kept: ReturnType<typeof simulate> | undefined;
  for (let r = 0; r < c.reps; r++) {
    kept = undefined;
    arena.recycle();
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const run = simulate(scenario, 0, { arrays: arena });
    times.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    cpuTimes.push((c1.user + c1.system) / 1000);
    kept = run;
  }
  gc();
  const after = process.memoryUsage(); // with the last run's result still held
  const run = kept!;
  const n = c.developers;
  const popBytes = typedArrayBytes(run.population) / n;
  const armBytes = typedArrayBytes(run.arms[0].state) / n;
  const drawBytes = drawsBytesPerDeveloper();
  const ms = median(times);
  const agentWeeks = n * c.weeks * run.arms.length;
  return {
    developers: n,
    weeks: c.weeks,
    workers: 1,
    arms: run.arms.length,
    arm_names: run.arms.map((a) => a.name),
    reps: c.reps,
    agent_weeks_per_sec: round(agentWeeks / (ms / 1000)),
    ms: round(ms, 1),
    ms_runs: times.map((t) => round(t, 1)),
    ms_fresh_arrays: round(msFresh, 1),
    // CPU time of the main thread and GC helpers: less sensitive than wall time to other load on the machine.
    cpu_ms: round(median(cpuTimes), 1),
    agent_weeks_per_cpu_sec: round(agentWeeks / (median(cpuTimes) / 1000)),
    peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
    bytes_per_developer: round(popBytes + armBytes + drawBytes, 1),
    bytes_breakdown: { population: round(popBytes, 1), arm_state: round(armBytes, 1), draws: round(drawBytes, 1) },
    retained_array_buffers_per_developer: round((after.arrayBuffers - before.arrayBuffers) / n, 1),
    rss_growth_mb: mb(after.rss - before.rss),
    heap_growth_mb: mb(after.heapUsed - before.heapUsed),
    checksum: run.arms.map((a) => a.headline.topDecileTokenRatio),
    // Other work on the machine: the 1-minute load average as the case ended (2 = both cores busy).
    load_average_1m: round(loadavg()[0], 2),
  };
}

async function runPool(c: PoolCase): Promise<Record<string, unknown>> {
  const scenario = scenarioFor(c.developers, c.weeks, c.arms);
  const agentWeeks = c.developers * c.weeks * ARM_SETS[c.arms].length * c.replicates;
  const timed = async (workers: number) => {
    const t0 = performance.now();
    // The same worker pool compare and sweep use; results come back in replicate order.
    const out: Row[][] = [];
    await runTasks([scenario], allTasks(1, c.replicates), { workers, onResult: (_task, result) => out.push(result.rows) });
    return { ms: performance.now() - t0, out };
  };
  // The machine's speed drifts (other virtual machines on the host): 1 and all workers take turns, and each
  // side reports its median over the rounds, so that a slow spell does not fall on one side only.
  const oneRuns: number[] = [];
  const allRuns: number[] = [];
  let one: Awaited<ReturnType<typeof timed>> | undefined;
  let all: Awaited<ReturnType<typeof timed>> | undefined;
  for (let k = 0; k < c.rounds; k++) {
    one = await timed(1);
    oneRuns.push(one.ms);
    all = await timed(c.workers);
    allRuns.push(all.ms);
  }
  const ms1 = median(oneRuns);
  const msAll = median(allRuns);
  return {
    kind: "replicates",
    developers: c.developers,
    weeks: c.weeks,
    arms: ARM_SETS[c.arms].length,
    arm_names: ARM_SETS[c.arms].map((a) => a.name),
    replicates: c.replicates,
    workers: c.workers,
    rounds: c.rounds,
    ms_1_worker: round(ms1, 1),
    ms_all_workers: round(msAll, 1),
    ms_1_worker_runs: oneRuns.map((t) => round(t, 1)),
    ms_all_workers_runs: allRuns.map((t) => round(t, 1)),
    agent_weeks_per_sec_1_worker: round(agentWeeks / (ms1 / 1000)),
    agent_weeks_per_sec_all_workers: round(agentWeeks / (msAll / 1000)),
    speedup: round(ms1 / msAll, 2),
    speedup_runs: oneRuns.map((t, k) => round(t / allRuns[k], 2)),
    same_numbers_on_1_and_all_workers: isDeepStrictEqual(one!.out, all!.out),
    load_average_1m: round(loadavg()[0], 2),
    peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
  };
}

function cases(quick: boolean): Case[] {
  const list: Case[] = [
    { kind: "single", developers: 10_000, weeks: 52, arms: "mix", reps: 5 },
    { kind: "single", developers: 100_000, weeks: 52, arms: "mix", reps: 5 },
  ];
  if (!quick) list.push({ kind: "single", developers: 1_000_000, weeks: 52, arms: "mix", reps: 3 });
  // The status quo alone (no policy): the model's own mechanisms.
  list.push({ kind: "single", developers: 100_000, weeks: 52, arms: "organic", reps: quick ? 3 : 5 });
  if (!quick) list.push({ kind: "single", developers: 1_000_000, weeks: 52, arms: "organic", reps: 3 });
  // Linearity in weeks.
  list.push({ kind: "single", developers: 100_000, weeks: 26, arms: "mix", reps: quick ? 3 : 5 });
  list.push({ kind: "single", developers: 100_000, weeks: 104, arms: "mix", reps: quick ? 3 : 5 });
  // Every policy on its own arm plus the mix: draws shared by five arms.
  list.push({ kind: "single", developers: 100_000, weeks: 52, arms: "all", reps: quick ? 3 : 5 });
  if (!quick) list.push({ kind: "single", developers: 1_000_000, weeks: 52, arms: "all", reps: 1 });
  const workers = availableParallelism();
  // Replicates on 1 and on all workers (this thread and worker threads). A worker thread starts cold (~0.2 s
  // to load the modules, ~0.2 s more on its first replicate while V8 compiles); 16 replicates of 100k
  // developers amortise that about as well as the dozens of replicates of a real comparison, 8 show it.
  for (const replicates of quick ? [4] : [8, 16]) {
    list.push({ kind: "replicates", developers: 100_000, weeks: 52, arms: "organic", replicates, workers, rounds: quick ? 1 : 2 });
    list.push({ kind: "replicates", developers: 100_000, weeks: 52, arms: "mix", replicates, workers, rounds: quick ? 1 : 2 });
  }
  return list;
}

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf("--case");
  if (at >= 0) {
    const c = JSON.parse(argv[at + 1]) as Case;
    const line = c.kind === "single" ? runSingle(c) : await runPool(c);
    process.stdout.write(`${JSON.stringify(line)}\n`);
    return;
  }
  const lines: unknown[] = [];
  for (const c of cases(argv.includes("--quick"))) {
    const child = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--case", JSON.stringify(c)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`bench case ${JSON.stringify(c)} failed (exit ${child.status ?? child.signal})`);
    const line = child.stdout.trim();
    process.stdout.write(`${line}\n`);
    lines.push(JSON.parse(line));
  }
  mkdirSync(resolve(root, "out"), { recursive: true });
  const report = { node: process.version, cpus: availableParallelism(), date: new Date().toISOString(), lines };
  writeFileSync(resolve(root, "out/bench.json"), `${JSON.stringify(report, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
