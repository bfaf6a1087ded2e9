// A worker thread of the batch pool: receives the batch's scenarios once, then runs tasks one at a time.
import { parentPort, workerData } from "node:worker_threads";
import type { Scenario } from "../scenario/schema.js";
import { runTask, type TaskOptions } from "./execute.js";

const { scenarios, options } = workerData as { scenarios: Scenario[]; options: TaskOptions };

parentPort!.on("message", (task: { index: number; unit: number; replicate: number }) => {
  try {
    parentPort!.postMessage({ index: task.index, result: runTask(scenarios[task.unit], task.replicate, options) });
  } catch (e) {
    parentPort!.postMessage({ index: task.index, error: (e as Error).stack ?? String(e) });
  }
});
