// Options shared by compare and sweep: the same overrides as run, replicates, workers, shards, progress.
import { availableParallelism } from "node:os";
import type { Argv } from "yargs";
import { UserError } from "../errors.js";

export interface BatchArgs {
  replicates: number;
  seed?: number;
  weeks?: number;
  developers?: number;
  workers?: number;
  shard?: string;
  overlay?: string;
  quiet: boolean;
  out?: string;
}

export function withBatchOptions<T>(y: Argv<T>) {
  return y
    .option("replicates", { type: "number", default: 10, describe: "replicates per arm (replicate i of every arm shares its draws)" })
    .option("seed", { type: "number", describe: "override the scenarios' seed" })
    .option("weeks", { type: "number", describe: "override the horizon in weeks" })
    .option("developers", { type: "number", describe: "override the number of developers" })
    .option("workers", { type: "number", describe: "threads running replicates: this one and N - 1 worker threads [default: the number of cores]" })
    .option("shard", { type: "string", describe: "run only slice i of n (i/n, 1-based) of the tasks; combine with `merge`" })
    .option("quiet", { type: "boolean", default: false, describe: "no progress bar" })
    .option("overlay", { type: "string", describe: "partial scenario deep-merged over each file before validation (e.g. from import-usage)" })
    .option("out", { type: "string", describe: "output folder" });
}

export function checkBatchArgs(a: BatchArgs): { workers: number } {
  if (!(Number.isInteger(a.replicates) && a.replicates >= 1 && a.replicates <= 100_000)) throw new UserError(`--replicates: expected an integer from 1 to 100000, got ${a.replicates}`);
  const workers = a.workers ?? availableParallelism();
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 256)) throw new UserError(`--workers: expected an integer from 1 to 256, got ${a.workers}`);
  return { workers };
}
