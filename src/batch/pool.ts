// Runs a batch's tasks on this thread and worker threads and hands results back in task order, whatever order
// they finish in: the output is byte-identical for any number of workers. Kept over piscina and tinypool,
// which run tasks on worker threads only and hand each one over by message: here this thread is a lane too, and
// lanes claim tasks from one shared counter (docs/PERFORMANCE.md).
import { Worker } from "node:worker_threads";
import type { Scenario } from "../scenario/schema.js";
import { runTask, type TaskOptions, type TaskResult } from "./execute.js";
import type { Task } from "./plan.js";
import { takePrestarted, workerScript } from "./prestart.js";

export interface PoolOptions {
  workers: number;
  /** What each task returns besides its summary rows. */
  taskOptions?: TaskOptions;
  /** Called once per task, in task order. */
  onResult: (task: Task, result: TaskResult) => void;
  /** Called after each task finishes (in completion order), for progress. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Work the caller needs on this thread anyway after the batch (such as loading the chart library), run once
   * the worker threads have started and before this thread's lane claims a task, so that it overlaps with the
   * workers' tasks instead of following the batch. Only with more than one lane: alone, the lane runs tasks.
   */
  beforeThisLane?: () => void;
}

/**
 * Runs the tasks on `workers` lanes: this thread and `workers - 1` worker threads. This thread takes part
 * because it has the modules loaded already, while a worker thread starts cold (it loads them, then V8
 * compiles its first replicate) unless the command line started it early. Every
 * lane claims the next task from one shared counter when it is free, so lanes never wait for each other; results
 * are handed on in task order.
 */
export async function runTasks(scenarios: readonly Scenario[], tasks: readonly Task[], options: PoolOptions): Promise<void> {
  const lanes = Math.max(1, Math.min(options.workers, tasks.length));
  const results: (TaskResult | undefined)[] = new Array(tasks.length);
  const counter = new Int32Array(new SharedArrayBuffer(4)); // the next task to claim, in task order
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
  const claim = () => Atomics.add(counter, 0, 1);

  // Worker threads the command line started before it loaded its modules (prestart.ts) get the batch by message,
  // new ones as their workerData; the batch's tasks and results are the same either way.
  const prestarted = takePrestarted(lanes - 1);
  if (lanes === 1) {
    for (let k = claim(); k < tasks.length; k = claim()) runHere(k);
    return;
  }

  const batch = { scenarios, options: options.taskOptions ?? {}, tasks, next: counter.buffer };
  for (const w of prestarted) w.postMessage(batch);
  const missing = lanes - 1 - prestarted.length;
  const script = missing > 0 ? workerScript() : "";
  const pool = [...prestarted, ...Array.from({ length: missing }, () => new Worker(script, { workerData: batch }))];
  let failure: Error | undefined;
  const allDone = new Promise<void>((resolve, reject) => {
    const fail = (e: Error) => {
      failure = e;
      reject(e);
    };
    for (const w of pool) {
      w.on("message", (msg: { k: number; result?: TaskResult; error?: string }) => {
        if (msg.error !== undefined) return fail(new Error(`worker failed on task ${tasks[msg.k].index}:\n${msg.error}`));
        finish(msg.k, msg.result!);
        if (done === tasks.length) resolve();
      });
      w.on("error", fail);
    }
  });
  allDone.catch(() => undefined); // observed below; keeps an early failure from being reported as unhandled
  try {
    options.beforeThisLane?.();
    // This thread's lane: a task at a time, yielding between tasks so the workers' results are handled.
    for (let k = claim(); k < tasks.length && failure === undefined; k = claim()) {
      runHere(k);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (done < tasks.length || failure) await allDone;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
