// A worker thread of the batch pool: receives the batch's scenarios and tasks once (as its workerData, or by
// message when the command line started it before the batch was known, see prestart.ts), then claims the next
// task from the counter it shares with the other lanes (Atomics: no message round trip, so it never waits for
// the main thread, which runs tasks too) and posts each result, until no task is left or one fails.
import { parentPort, workerData } from "node:worker_threads";
import type { Scenario } from "../scenario/schema.js";
import { runTask, type TaskOptions } from "./execute.js";
import type { Task } from "./plan.js";

interface Batch {
  scenarios: Scenario[];
  options: TaskOptions;
  tasks: Task[];
  /** The shared counter of the next task to claim (an Int32Array's buffer). */
  next: SharedArrayBuffer;
}

function runBatch({ scenarios, options, tasks, next }: Batch): void {
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
}

/** Whether this thread's batch has arrived (a prestarted thread skips its warm-up then). */
let started = false;

/**
 * A thread started before its batch was known has time to spare (the main thread is still loading its modules
 * and reading the scenarios): it runs one small replicate of the status quo, whose results it drops, so that V8
 * has compiled the model's loops before the first task (what that saves: docs/PERFORMANCE.md).
 */
async function warmUp(): Promise<void> {
  const { scenarioSchema } = await import("../scenario/schema.js");
  if (started) return;
  runTask(scenarioSchema.parse({ name: "warm-up", weeks: 52, population: { developers: 4096 }, arms: [{ name: "organic" }] }), 0);
}

if ((workerData as { prestarted?: boolean }).prestarted) {
  parentPort!.once("message", (batch: Batch) => {
    started = true;
    runBatch(batch);
  }); // one batch: the thread ends after it
  warmUp().catch(() => undefined); // optional: a real problem shows in the batch, with its message
} else {
  runBatch(workerData as Batch);
}
