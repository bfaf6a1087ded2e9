// Worker threads started by the command line's first lines, before it loads its own modules (which keeps one core
// busy a while, docs/PERFORMANCE.md): a batch command's worker threads start and load theirs on another core
// meanwhile, instead of after, and wait for the batch (see worker.ts). The command line says how many
// (cli/prestart-count.ts). This file imports only Node's own modules, so that it costs nothing before the
// workers exist.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** What the worker script receives when it is started before its batch is known. */
export const PRESTARTED = { prestarted: true } as const;

interface Waiting {
  worker: Worker;
  /** An error the thread raised while waiting (e.g. a module that failed to load): it is not used then. */
  failure?: Error;
}

let waiting: Waiting[] = [];

/** Where the compiled worker script is (also when this module runs from TypeScript sources, e.g. under vitest). */
function workerScriptPath(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith(".ts") ? here.replace(/\/src\/batch\/prestart\.ts$/, "/dist/batch/worker.js") : here.replace(/prestart\.js$/, "worker.js");
}

/** The compiled worker script; throws if it was not built. */
export function workerScript(): string {
  const js = workerScriptPath();
  if (!existsSync(js)) throw new Error(`worker script not found: ${js} (run npm run build)`);
  return js;
}

/** Starts `count` worker threads for a batch that is not known yet; they wait for it (takePrestarted). */
export function prestartWorkers(count: number): void {
  const script = workerScriptPath();
  if (count === 0 || !existsSync(script)) return; // the pool reports a missing script, through the CLI's error handler
  for (let k = 0; k < count; k++) {
    const entry: Waiting = { worker: new Worker(script, { workerData: PRESTARTED }) };
    entry.worker.on("error", (e) => (entry.failure = e));
    entry.worker.unref(); // a command that ends without a batch (an error, a bad file) exits as if they were not there
    waiting.push(entry);
  }
}

/**
 * Up to `count` waiting worker threads for a batch, referenced again (the batch waits for them); stops the others
 * and any that failed while waiting. Every later call returns none: the threads serve one batch.
 */
export function takePrestarted(count: number): Worker[] {
  const taken: Worker[] = [];
  for (const entry of waiting) {
    if (taken.length < count && entry.failure === undefined) {
      entry.worker.removeAllListeners("error");
      entry.worker.ref();
      taken.push(entry.worker);
    } else {
      void entry.worker.terminate();
    }
  }
  waiting = [];
  return taken;
}

/** How many started worker threads wait for a batch (for tests and tracing). */
export function waitingWorkers(): number {
  return waiting.length;
}
