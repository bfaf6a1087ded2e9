// Runs a compare or a sweep (or one shard of it) and writes its folder atomically. Per-replicate rows stream
// to disk in task order as tasks finish; aggregates (compare.csv, the sweep chart) are written only by a
// whole run or by `merge`, from the same rows, so a merged run's files equal an unsharded run's byte for byte.
import { closeSync, openSync, writeSync } from "node:fs";
import { createHash } from "node:crypto";
import { csvHeader, csvLines, toCsv } from "../output/csv.js";
import { focusColumns } from "../output/focus.js";
import { beginFolder } from "../output/atomic.js";
import { SUMMARY_COLUMNS, type Row } from "../output/rows.js";
import type { Scenario } from "../scenario/schema.js";
import { scenarioHash } from "../app/run-files.js";
import { VERSION } from "../version.js";
import { COMPARE_LONG_COLUMNS, compareArms, compareLongRows, compareWideRows } from "./aggregate.js";
import { allTasks, shardTasks, type Shard, type Unit } from "./plan.js";
import { runTasks } from "./pool.js";
import { COMPARE_FILES, compareFiles } from "../output/compare/files.js";
import { sweepChart } from "../output/charts/sweep.js";
import { loadChartDom } from "../output/charts/dom.js";
import { keptMetrics, sensitivityFileNames, sensitivityFiles } from "../sensitivity/analyse.js";
import type { SensitivitySettings } from "../sensitivity/params.js";

export type BatchKind = "compare" | "sweep" | "sensitivity";

export interface BatchSpec {
  kind: BatchKind;
  units: Unit[];
  replicates: number;
  baseline?: string;
  format: "wide" | "long";
  /** Sweep only: swept parameter paths (column names) and the method. */
  sweepParams?: string[];
  sweepMethod?: string;
  /** Sweep only: the metric the sweep chart shows. */
  metric?: string;
  /** Compare only: also write focus.csv, the cost as FOCUS 1.2 rows per replicate, team and week. */
  focus?: boolean;
  /** Sensitivity only: the analysis settings and the scenario its points vary (sweepParams holds the parameter names). */
  sensitivity?: { settings: SensitivitySettings; base: Scenario; file: string };
}

export interface BatchManifest {
  tool: "tokensim";
  version: string;
  command: BatchKind;
  /** sha256 of everything that decides the results: shards of one batch share it. */
  batchHash: string;
  replicates: number;
  baseline: string | null;
  format: "wide" | "long";
  sweep: { params: string[]; method: string; metric: string; points: Record<string, number>[] } | null;
  /** Whether focus.csv was written (compare --focus). */
  focus: boolean;
  /** Present for a sensitivity analysis only: everything that rebuilds its design. */
  sensitivity?: SensitivitySettings;
  scenarios: { file: string; name: string; scenarioHash: string; scenario: Scenario }[];
  files: string[];
  /** Present in a shard's folder only. */
  shard?: Shard;
}

const METRIC_COLUMNS = SUMMARY_COLUMNS.filter((c) => c !== "arm" && c !== "replicate");

export const FOCUS_FILE = "focus.csv";

export function rowsFileName(kind: BatchKind): string {
  return kind === "compare" ? "replicates.csv" : kind === "sweep" ? "sweep.csv" : "runs.csv";
}

export function rowColumns(spec: Pick<BatchSpec, "kind" | "sweepParams">): string[] {
  return spec.kind === "compare"
    ? ["scenario", "arm", "replicate", ...METRIC_COLUMNS]
    : ["point", ...(spec.sweepParams ?? []), "scenario", "arm", "replicate", ...METRIC_COLUMNS];
}

function distinctScenarios(units: readonly Unit[]): Unit[] {
  const seen = new Set<string>();
  return units.filter((u) => (seen.has(u.file + "\u0000" + u.scenario.name) ? false : (seen.add(u.file + "\u0000" + u.scenario.name), true)));
}

export function batchManifest(spec: BatchSpec, shard: Shard): BatchManifest {
  // A sweep's units are one scenario at many points: record the base scenario once and the points.
  // A sensitivity analysis records the scenario as written (its design is rebuilt from the settings).
  const sens = spec.kind === "sensitivity" ? spec.sensitivity! : undefined;
  const base = sens ? [{ file: sens.file, scenario: sens.base }] : spec.kind === "sweep" ? distinctScenarios(spec.units).slice(0, 1) : spec.units;
  const scenarios = base.map((u) => ({ file: u.file, name: u.scenario.name, scenarioHash: scenarioHash(u.scenario), scenario: u.scenario }));
  const sweep = spec.kind === "sweep" ? { params: spec.sweepParams ?? [], method: spec.sweepMethod ?? "grid", metric: spec.metric ?? "net_value_usd", points: spec.units.map((u) => u.params) } : null;
  const decisive = {
    version: VERSION, command: spec.kind, replicates: spec.replicates, baseline: spec.baseline ?? null, format: spec.format, sweep, focus: spec.focus === true,
    ...(sens ? { sensitivity: sens.settings, base: scenarioHash(sens.base) } : {}),
    hashes: spec.units.map((u) => scenarioHash(u.scenario)),
  };
  const aggregates = sens ? sensitivityFileNames(sens.settings) : spec.kind === "compare" ? ["compare.csv", ...COMPARE_FILES] : [`sweep-${sweep!.metric}.csv`, `sweep-${sweep!.metric}.svg`];
  const files = [rowsFileName(spec.kind), ...(spec.focus ? [FOCUS_FILE] : []), ...(shard.count === 1 ? aggregates : []), "manifest.json"];
  return {
    tool: "tokensim",
    version: VERSION,
    command: spec.kind,
    batchHash: createHash("sha256").update(JSON.stringify(decisive)).digest("hex"),
    replicates: spec.replicates,
    baseline: spec.baseline ?? null,
    format: spec.format,
    focus: spec.focus === true,
    sweep,
    ...(sens ? { sensitivity: sens.settings } : {}),
    scenarios,
    files,
    ...(shard.count > 1 ? { shard } : {}),
  };
}

/** The rows of one task as written to the rows file. */
function decorate(spec: BatchSpec, unit: Unit, rows: Row[]): Row[] {
  return rows.map((r) => (spec.kind === "compare" ? { scenario: unit.scenario.name, ...r } : { point: unit.point, ...unit.params, scenario: unit.scenario.name, ...r }));
}

/** Aggregates written beside the rows by a whole run or a merge. */
export function aggregateFiles(spec: BatchSpec, rows: readonly Row[]): Map<string, string> {
  const files = new Map<string, string>();
  if (spec.kind === "compare") {
    const armsByScenario = new Map<string, string[]>();
    for (const u of spec.units) armsByScenario.set(u.scenario.name, u.scenario.arms.map((a) => a.name));
    const compared = compareArms(rows, armsByScenario, spec.baseline);
    if (spec.format === "long") files.set("compare.csv", toCsv(COMPARE_LONG_COLUMNS, compareLongRows(compared)));
    else {
      const wide = compareWideRows(compared);
      files.set("compare.csv", toCsv(wide.columns, wide.rows));
    }
    const scenarios = spec.units.map((u) => ({
      name: u.scenario.name, question: u.scenario.question ?? "", file: u.file, developers: u.scenario.population.developers, weeks: u.scenario.weeks, seed: u.scenario.seed,
    }));
    for (const [name, text] of compareFiles({ compared, rows, scenarios, replicates: spec.replicates })) files.set(name, text);
  } else if (spec.kind === "sensitivity") {
    return sensitivityFiles(spec.sensitivity!.settings, spec.sensitivity!.base, rows, spec.replicates);
  } else {
    const [columns, means] = sweepMeans(spec, rows);
    files.set(`sweep-${spec.metric}.csv`, toCsv(columns, means));
    const base = spec.units[0]?.scenario;
    files.set(`sweep-${spec.metric}.svg`, sweepChart({
      scenario: base?.name ?? "", metric: spec.metric ?? "net_value_usd", params: spec.sweepParams ?? [], arms: base?.arms.map((a) => a.name) ?? [], means, method: spec.sweepMethod ?? "grid",
    }));
  }
  return files;
}

/** Mean of the chosen metric per (point, arm) over replicates: what the sweep chart draws. */
function sweepMeans(spec: BatchSpec, rows: readonly Row[]): [string[], Row[]] {
  const metric = spec.metric ?? "net_value_usd";
  const sums = new Map<string, { row: Row; sum: number; n: number }>();
  for (const r of rows) {
    const key = `${r.point}\u0000${r.arm}`;
    if (!sums.has(key)) sums.set(key, { row: { point: r.point, ...Object.fromEntries((spec.sweepParams ?? []).map((p) => [p, r[p]])), arm: r.arm }, sum: 0, n: 0 });
    const s = sums.get(key)!;
    s.sum += r[metric] as number;
    s.n++;
  }
  const columns = ["point", ...(spec.sweepParams ?? []), "arm", "replicates", `${metric}_mean`];
  return [columns, [...sums.values()].map((s) => ({ ...s.row, replicates: s.n, [`${metric}_mean`]: s.sum / s.n }))];
}

export interface BatchRunOptions {
  out: string;
  workers: number;
  shard: Shard;
  onProgress?: (done: number, total: number) => void;
}

export async function runBatch(spec: BatchSpec, options: BatchRunOptions): Promise<void> {
  const tasks = shardTasks(allTasks(spec.units.length, spec.replicates), options.shard);
  const whole = options.shard.count === 1;
  const columns = rowColumns(spec);
  const folder = beginFolder(options.out);
  const fd = openSync(folder.path(rowsFileName(spec.kind)), "w");
  const focusFd = spec.focus ? openSync(folder.path(FOCUS_FILE), "w") : undefined;
  const kept: Row[] = [];
  try {
    writeSync(fd, csvHeader(columns));
    if (focusFd !== undefined) writeSync(focusFd, csvHeader(focusColumns()));
    await runTasks(spec.units.map((u) => u.scenario), tasks, {
      workers: options.workers,
      taskOptions: { focus: spec.focus === true },
      onProgress: options.onProgress,
      // The charts' DOM library takes 0.7–1.1 s to load: with worker threads running, load it meanwhile.
      beforeThisLane: whole ? loadChartDom : undefined,
      onResult: (task, result) => {
        const decorated = decorate(spec, spec.units[task.unit], result.rows);
        writeSync(fd, csvLines(columns, decorated));
        if (focusFd !== undefined) writeSync(focusFd, result.focus ?? "");
        if (whole) for (const r of decorated) kept.push(keepOnly(spec, r));
      },
    });
    closeSync(fd);
    if (focusFd !== undefined) closeSync(focusFd);
    if (whole) for (const [name, text] of aggregateFiles(spec, kept)) writeSyncFile(folder.path(name), text);
    writeSyncFile(folder.path("manifest.json"), JSON.stringify(batchManifest(spec, options.shard), null, 2) + "\n");
    folder.commit();
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    folder.abort();
    throw e;
  }
}

/** What aggregates need of a row; a sweep keeps one metric per row so memory stays small on long sweeps. */
function keepOnly(spec: BatchSpec, r: Row): Row {
  if (spec.kind === "compare") return r;
  if (spec.kind === "sensitivity") {
    return { point: r.point, arm: r.arm, replicate: r.replicate, ...Object.fromEntries(keptMetrics(spec.sensitivity!.settings).map((m) => [m, r[m]])) };
  }
  const metric = spec.metric ?? "net_value_usd";
  return { point: r.point, ...Object.fromEntries((spec.sweepParams ?? []).map((p) => [p, r[p]])), arm: r.arm, replicate: r.replicate, [metric]: r[metric] };
}

function writeSyncFile(path: string, text: string): void {
  const fd = openSync(path, "w");
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
