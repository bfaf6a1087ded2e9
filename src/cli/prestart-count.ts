// How many worker threads to start before the command line loads its modules (batch/prestart.ts), read from the
// raw arguments. This file imports only Node's own modules, so that it costs nothing before the workers exist.
import { availableParallelism } from "node:os";

/** The commands that run a batch through the pool (runBatch in batch/run-batch.ts). */
const BATCH_COMMANDS = new Set(["compare", "sweep", "sensitivity", "start"]);

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
