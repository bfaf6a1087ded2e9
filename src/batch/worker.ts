// A worker thread of the batch pool: receives the batch's scenarios once, then runs tasks one at a time.
import { parentPort, workerData } from "node:worker_threads";
import type { Scenario } from "../scenario/schema.js";
import { runTask } from "./execute.js";

const scenarios = (workerData as { scenarios: Scenario[] }).scenarios;

parentPort!.on("message", (task: { index: number; unit: number; replicate: number }) => {
  try {
    parentPort!.postMessage({ index: task.index, rows: runTask(scenarios[task.unit], task.replicate) });
  } catch (e) {
    parentPort!.postMessage({ index: task.index, error: (e as Error).stack ?? String(e) });
  }
});
