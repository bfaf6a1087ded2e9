// The yardstick loop (reference-loop.ts) on several lanes at once, the way the batch pool runs replicates: this
// thread and `lanes - 1` worker threads claim runs from one shared counter. Its speed-up on 2 lanes is what the
// machine allows two memory-streaming loops of the core's kind, whatever the core does.
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { referenceArrays, referenceRun } from "./reference-loop.js";

interface LaneJob {
  developers: number;
  weeks: number;
  runs: number;
  /** Int32Array over a SharedArrayBuffer: the next run to claim. */
  next: SharedArrayBuffer;
  /** Float64Array over a SharedArrayBuffer: run k's checksum at k. */
  checksums: SharedArrayBuffer;
}

/** Runs claimed runs until none is left, writing each one's checksum. */
function lane(job: LaneJob): void {
  const counter = new Int32Array(job.next);
  const checksums = new Float64Array(job.checksums);
  const arrays = referenceArrays(job.developers);
  for (let k = Atomics.add(counter, 0, 1); k < job.runs; k = Atomics.add(counter, 0, 1)) checksums[k] = referenceRun(arrays, job.weeks, k);
}

/**
 * `runs` runs of developers x weeks on `lanes` lanes: the wall time (ms) from the start to the last run's end,
 * and each run's checksum (run k is seeded with k, so the checksums do not depend on the lanes).
 */
export async function referenceOnLanes(developers: number, weeks: number, runs: number, lanes: number): Promise<{ ms: number; checksums: number[] }> {
  const job: LaneJob = { developers, weeks, runs, next: new SharedArrayBuffer(4), checksums: new SharedArrayBuffer(8 * runs) };
  const t0 = performance.now();
  const workers = Array.from({ length: lanes - 1 }, () => new Worker(fileURLToPath(import.meta.url), { workerData: job }));
  const done = workers.map((w) => new Promise<void>((resolve, reject) => w.once("message", () => resolve()).once("error", reject)));
  lane(job);
  await Promise.all(done);
  const ms = performance.now() - t0;
  await Promise.all(workers.map((w) => w.terminate()));
  return { ms, checksums: [...new Float64Array(job.checksums)] };
}

if (!isMainThread && parentPort) {
  lane(workerData as LaneJob);
  parentPort.postMessage("done");
}
