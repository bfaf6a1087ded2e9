// Runs a batch's tasks on worker threads (or in this thread for one worker) and hands results back in task
// order, whatever order workers finish in: the output is byte-identical for any number of workers.
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

export async function runTasks(scenarios: readonly Scenario[], tasks: readonly Task[], options: PoolOptions): Promise<void> {
  const workers = Math.max(1, Math.min(options.workers, tasks.length));
  if (workers === 1) {
    tasks.forEach((task, k) => {
      options.onResult(task, runTask(scenarios[task.unit], task.replicate, options.taskOptions));
      options.onProgress?.(k + 1, tasks.length);
    });
    return;
  }

  const byIndex = new Map(tasks.map((t, k) => [t.index, k]));
  const results: (TaskResult | undefined)[] = new Array(tasks.length);
  let nextToSend = 0;
  let nextToEmit = 0;
  let done = 0;
  const script = workerScript();
  const pool = Array.from({ length: workers }, () => new Worker(script, { workerData: { scenarios, options: options.taskOptions ?? {} } }));
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (w: Worker) => {
        if (nextToSend < tasks.length) w.postMessage(tasks[nextToSend++]);
      };
      for (const w of pool) {
        w.on("message", (msg: { index: number; result?: TaskResult; error?: string }) => {
          if (msg.error !== undefined) return reject(new Error(`worker failed on task ${msg.index}:\n${msg.error}`));
          results[byIndex.get(msg.index)!] = msg.result;
          done++;
          options.onProgress?.(done, tasks.length);
          // Emit every finished task whose predecessors are out, so results stream out in order.
          while (nextToEmit < tasks.length && results[nextToEmit] !== undefined) {
            options.onResult(tasks[nextToEmit], results[nextToEmit]!);
            results[nextToEmit] = undefined;
            nextToEmit++;
          }
          if (done === tasks.length) resolve();
          else send(w);
        });
        w.on("error", reject);
        send(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
