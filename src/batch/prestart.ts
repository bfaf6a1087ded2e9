// Worker threads started by the command line's first lines, before it loads its own modules (~0.4 s on the bench
// machine, one core busy): a batch command's worker threads start and load theirs on the other core meanwhile,
// instead of after, and wait for the batch (see worker.ts). This file imports only Node's own modules, so that
// it costs nothing before the workers exist.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** The commands that run a batch through the pool (runBatch in run-batch.ts). */
const BATCH_COMMANDS = new Set(["compare", "sweep", "sensitivity", "start"]);

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

/**
 * How many worker threads the arguments will ask the pool for: `--workers N` (or `--workers=N`) minus this
 * thread, the cores minus one by default, 0 for any command but a batch, for help, or when in doubt. A wrong
 * guess only costs time: the pool starts what is missing and stops what is left over (takePrestarted).
 */
export function workersToPrestart(args: readonly string[]): number {
  const command = args.find((a) => !a.startsWith("-"));
  if (command === undefined || !BATCH_COMMANDS.has(command)) return 0;
  if (args.some((a) => a === "--help" || a === "-h" || a === "--version")) return 0;
  let lanes = command === "start" ? availableParallelism() : undefined;
  for (let k = 0; k < args.length; k++) {
    if (args[k] === "--workers") lanes = Number(args[k + 1]);
    else if (args[k].startsWith("--workers=")) lanes = Number(args[k].slice("--workers=".length));
  }
  lanes ??= availableParallelism();
  return Number.isInteger(lanes) && lanes >= 2 && lanes <= 256 ? lanes - 1 : 0;
}

/** Starts the worker threads a batch command will need (see workersToPrestart); they wait for their batch. */
export function prestartWorkers(args: readonly string[]): void {
  const count = workersToPrestart(args);
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
