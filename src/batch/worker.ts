// A worker thread of the batch pool: receives the batch's scenarios and tasks once, then claims the next task
// from the counter it shares with the other lanes (Atomics: no message round trip, so it never waits for the
// main thread, which runs tasks too) and posts each result, until no task is left or one fails.
import { parentPort, workerData } from "node:worker_threads";
import type { Scenario } from "../scenario/schema.js";
import { runTask, type TaskOptions } from "./execute.js";
import type { Task } from "./plan.js";

const { scenarios, options, tasks, next } = workerData as { scenarios: Scenario[]; options: TaskOptions; tasks: Task[]; next: SharedArrayBuffer };
const counter = new Int32Array(next);

for (let k = Atomics.add(counter, 0, 1); k < tasks.length; k = Atomics.add(counter, 0, 1)) {
  const task = tasks[k];
  try {
    parentPort!.postMessage({ k, result: runTask(scenarios[task.unit], task.replicate, options) });
  } catch (e) {
    parentPort!.postMessage({ k, error: (e as Error).stack ?? String(e) });
    break;
  }
}
