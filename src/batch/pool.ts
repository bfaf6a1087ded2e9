// Runs a batch's tasks on this thread and worker threads and hands results back in task order, whatever order
// they finish in: the output is byte-identical for any number of workers.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Scenario } from "../scenario/schema.js";
import { runTask, type TaskOptions, type TaskResult } from "./execute.js";
import type { Task } from "./plan.js";

/** The compiled worker script (also when this module runs from TypeScript sources, e.g. under vitest). */
function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  const js = here.endsWith(".ts") ? here.replace(/\/src\/batch\/pool\.ts$/, "/dist/batch/worker.js") : here.replace(/pool\.js$/, "worker.js");
  if (!existsSync(js)) throw new Error(`worker script not found: ${js} (run npm run build)`);
  return js;
}

export interface PoolOptions {
  workers: number;
  /** What each task returns besides its summary rows. */
  taskOptions?: TaskOptions;
  /** Called once per task, in task order. */
  onResult: (task: Task, result: TaskResult) => void;
  /** Called after each task finishes (in completion order), for progress. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Tasks queued ahead on each worker thread, so that a worker never waits for this thread (which runs tasks
 * too, and reads the workers' messages only between its own tasks) to hand it the next one.
 */
const QUEUED_PER_WORKER = 2;

/**
 * Runs the tasks on `workers` lanes: this thread and `workers - 1` worker threads. This thread takes part
 * because it has the modules loaded already, while a worker thread starts cold (~0.2 s to load them on the
 * bench machine); each lane takes the next task when it is free, and results are handed on in task order.
 */
export async function runTasks(scenarios: readonly Scenario[], tasks: readonly Task[], options: PoolOptions): Promise<void> {
  const lanes = Math.max(1, Math.min(options.workers, tasks.length));
  const results: (TaskResult | undefined)[] = new Array(tasks.length);
  const byIndex = new Map(tasks.map((t, k) => [t.index, k]));
  let nextToRun = 0; // next task to hand out, in task order
  let nextToEmit = 0;
  let done = 0;
  const finish = (k: number, result: TaskResult) => {
    results[k] = result;
    done++;
    options.onProgress?.(done, tasks.length);
    // Emit every finished task whose predecessors are out, so results stream out in order.
    while (nextToEmit < tasks.length && results[nextToEmit] !== undefined) {
      options.onResult(tasks[nextToEmit], results[nextToEmit]!);
      results[nextToEmit] = undefined;
      nextToEmit++;
    }
  };
  const runHere = (k: number) => finish(k, runTask(scenarios[tasks[k].unit], tasks[k].replicate, options.taskOptions));

  if (lanes === 1) {
    while (nextToRun < tasks.length) runHere(nextToRun++);
    return;
  }

  const script = workerScript();
  const pool = Array.from({ length: lanes - 1 }, () => new Worker(script, { workerData: { scenarios, options: options.taskOptions ?? {} } }));
  let failure: Error | undefined;
  const allDone = new Promise<void>((resolve, reject) => {
    const fail = (e: Error) => {
      failure = e;
      reject(e);
    };
    for (const w of pool) {
      let inFlight = 0;
      const send = () => {
        while (inFlight < QUEUED_PER_WORKER && nextToRun < tasks.length) {
          w.postMessage(tasks[nextToRun++]);
          inFlight++;
        }
      };
      w.on("message", (msg: { index: number; result?: TaskResult; error?: string }) => {
        if (msg.error !== undefined) return fail(new Error(`worker failed on task ${msg.index}:\n${msg.error}`));
        inFlight--;
        finish(byIndex.get(msg.index)!, msg.result!);
        if (done === tasks.length) resolve();
        else send();
      });
      w.on("error", fail);
      send();
    }
  });
  allDone.catch(() => undefined); // observed below; keeps an early failure from being reported as unhandled
  try {
    // This thread's lane: a task at a time, yielding between tasks so the workers' messages are handled.
    while (failure === undefined && nextToRun < tasks.length) {
      runHere(nextToRun++);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (done < tasks.length || failure) await allDone;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
