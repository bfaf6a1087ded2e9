// Runs a compare, sweep or sensitivity analysis (or one shard of it) and writes its folder atomically.
// Per-replicate rows stream to disk in task order as tasks finish; aggregates (compare.csv, the sweep chart,
// the sensitivity indices) are written only by a whole run or by `merge`, from the same rows, so a merged
// run's files equal an unsharded run's byte for byte. What differs by kind is its handler's (kinds/).
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { beginFolder } from "../output/atomic.js";
import { loadChartDom } from "../output/charts/dom.js";
import { csvHeader, csvLines } from "../output/csv.js";
import { focusColumns } from "../output/focus.js";
import type { Row } from "../output/rows.js";
import { handlerOf } from "./kinds/index.js";
import { batchManifest, FOCUS_FILE } from "./manifest.js";
import { allTasks, shardTasks, type Shard } from "./plan.js";
import { runTasks } from "./pool.js";
import type { BatchSpec } from "./spec.js";

export interface BatchRunOptions {
  out: string;
  workers: number;
  shard: Shard;
  onProgress?: (done: number, total: number) => void;
}

export async function runBatch(spec: BatchSpec, options: BatchRunOptions): Promise<void> {
  const handler = handlerOf(spec);
  const tasks = shardTasks(allTasks(spec.units.length, spec.replicates), options.shard);
  const whole = options.shard.count === 1;
  const focus = handler.focus(spec);
  const columns = handler.columns(spec);
  const folder = beginFolder(options.out);
  const open: number[] = []; // every file descriptor opened here, closed on every path
  const openFile = (name: string) => {
    const fd = openSync(folder.path(name), "w");
    open.push(fd);
    return fd;
  };
  const kept: Row[] = [];
  try {
    const rowsFd = openFile(handler.rowsFile);
    const focusFd = focus ? openFile(FOCUS_FILE) : undefined;
    writeSync(rowsFd, csvHeader(columns));
    if (focusFd !== undefined) writeSync(focusFd, csvHeader(focusColumns()));
    await runTasks(spec.units.map((u) => u.scenario), tasks, {
      workers: options.workers,
      taskOptions: { focus },
      onProgress: options.onProgress,
      // The charts' DOM library takes a while to load: with worker threads running, load it meanwhile.
      beforeThisLane: whole ? loadChartDom : undefined,
      onResult: (task, result) => {
        const decorated = handler.decorate(spec, spec.units[task.unit], result.rows);
        writeSync(rowsFd, csvLines(columns, decorated));
        if (focusFd !== undefined) writeSync(focusFd, result.focus ?? "");
        if (whole) for (const r of decorated) kept.push(handler.keep(spec, r));
      },
    });
    for (const fd of open.splice(0)) closeSync(fd);
    if (whole) for (const [name, text] of handler.aggregateFiles(spec, kept)) writeFileSync(folder.path(name), text);
    writeFileSync(folder.path("manifest.json"), JSON.stringify(batchManifest(spec, options.shard), null, 2) + "\n");
    folder.commit();
  } catch (e) {
    for (const fd of open.splice(0)) closeQuietly(fd);
    folder.abort();
    throw e;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed or failed: the folder is abandoned anyway
  }
}
