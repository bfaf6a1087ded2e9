// Worker threads started before the command line loads its modules: which commands start them, that the batch
// pool takes them (and stops the ones it does not need), that results do not change, and that a command which
// ends without a batch still exits at once.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allTasks } from "../src/batch/plan.js";
import { runTasks } from "../src/batch/pool.js";
import { Worker } from "node:worker_threads";
import { runTask, type TaskResult } from "../src/batch/execute.js";
import { PRESTARTED, prestartWorkers, waitingWorkers, workerScript } from "../src/batch/prestart.js";
import { workersToPrestart } from "../src/cli/prestart-count.js";
import type { Row } from "../src/output/rows.js";
import { tempDir, tokensim } from "./helpers/cli.js";
import { makeScenario } from "./helpers/scenario.js";

const cores = availableParallelism();

describe("workersToPrestart", () => {
  it("counts the worker threads a batch command will ask for, besides this thread", () => {
    expect(workersToPrestart(["compare", "a.yaml", "--workers", "3"])).toBe(2);
    expect(workersToPrestart(["sweep", "a.yaml", "--workers=4", "--set", "x=1,2"])).toBe(3);
    expect(workersToPrestart(["sensitivity", "a.yaml"])).toBe(cores - 1);
    expect(workersToPrestart(["start"])).toBe(cores - 1);
    expect(workersToPrestart(["compare", "a.yaml", "--workers", "1"])).toBe(0);
  });

  it("starts none for other commands, for help, or for a --workers it cannot read", () => {
    expect(workersToPrestart(["run", "a.yaml", "--workers", "2"])).toBe(0);
    expect(workersToPrestart(["validate", "compare"])).toBe(0);
    expect(workersToPrestart([])).toBe(0);
    expect(workersToPrestart(["compare", "--help", "--workers", "2"])).toBe(0);
    expect(workersToPrestart(["compare", "a.yaml", "--workers", "two"])).toBe(0);
    expect(workersToPrestart(["compare", "a.yaml", "--workers", "2.5"])).toBe(0);
  });
});

describe("the batch pool with prestarted worker threads", () => {
  const scenario = makeScenario({ weeks: 6, population: { developers: 400 }, arms: [{ name: "organic" }, { name: "leaderboard", policies: [{ type: "leaderboard" }] }] });

  async function batch(workers: number, tasks = 8) {
    const rows: Row[][] = [];
    await runTasks([scenario], allTasks(1, tasks), { workers, onResult: (_task, result) => rows.push(result.rows) });
    return rows;
  }

  it("a thread started without its batch warms up, then runs every task of the batch it is sent", async () => {
    const tasks = allTasks(1, 3);
    const worker = new Worker(workerScript(), { workerData: PRESTARTED });
    const results: TaskResult[] = [];
    const finished = new Promise<void>((resolve, reject) => {
      worker.on("message", (msg: { k: number; result: TaskResult }) => {
        results[msg.k] = msg.result;
        if (results.filter(Boolean).length === tasks.length) resolve();
      });
      worker.on("error", reject);
    });
    worker.postMessage({ scenarios: [scenario], options: {}, tasks, next: new SharedArrayBuffer(4) });
    await finished;
    await worker.terminate();
    expect(results).toEqual(tasks.map((t) => runTask(scenario, t.replicate)));
  }, 20_000); // a thread that never takes its batch fails here, not after the suite's 120 s

  it("hands the batch to the waiting threads and gives the same results as one thread", async () => {
    const alone = await batch(1);
    prestartWorkers(2);
    expect(waitingWorkers()).toBe(2);
    const pooled = await batch(3);
    expect(waitingWorkers()).toBe(0);
    expect(pooled).toEqual(alone);
  });

  it("stops waiting threads the batch does not need, and serves a later batch with new ones", async () => {
    const alone = await batch(1, 2);
    prestartWorkers(3);
    expect(waitingWorkers()).toBe(3);
    expect(await batch(2, 2)).toEqual(alone); // 2 lanes: one prestarted thread, the other two stopped
    expect(waitingWorkers()).toBe(0);
    expect(await batch(2, 2)).toEqual(alone);
  });
});

describe("tokensim with prestarted worker threads", () => {
  const out = tempDir();

  it("exits with the one-line error when a batch command fails before its batch", () => {
    const r = tokensim(["compare", "scenarios/no-such-file.yaml", "--workers", "2", "--quiet", "--out", join(out, "x")], { timeoutMs: 60_000 });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("no-such-file.yaml");
  });
});
