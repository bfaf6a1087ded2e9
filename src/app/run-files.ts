// Everything `run` writes for one scenario, into a pending folder that the caller commits: CSVs streamed a
// chunk at a time (developers.csv can hold millions of rows), then the extra files (charts, report) drawn
// from the tables, then the manifest, last.
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { createHash } from "node:crypto";
import { simulateWeeks, type RunResult } from "../model/simulate.js";
import type { Scenario } from "../scenario/schema.js";
import type { PendingFolder } from "../output/atomic.js";
import { csvHeader, csvLines, toCsv } from "../output/csv.js";
import { DEVELOPER_COLUMNS, developerRows, SUMMARY_COLUMNS, summaryRows, teamWeekRows, TIMESERIES_COLUMNS, timeseriesRows, type Row } from "../output/rows.js";
import { chartStride } from "../output/sample.js";
import type { Manifest, RunTables } from "../output/tables.js";
import { VERSION } from "../version.js";
import { createPolicies } from "../policies/registry.js";

export interface RunOptions {
  scenarioFile: string;
  replicates: number;
  /** Files drawn from the finished tables (charts, report), name -> content. */
  extraFiles?: (tables: RunTables & { teamWeeks?: Row[] }) => Map<string, string>;
  /** Record per-team weekly totals (for focus.csv's sub-accounts) into `tables.teamWeeks`. */
  teamWeeks?: boolean;
}

export function scenarioHash(s: Scenario): string {
  return createHash("sha256").update(JSON.stringify(s)).digest("hex");
}

const CHUNK = 20_000;

/** Gives the event loop a turn, so that a signal (Ctrl-C) is handled before the folder is committed. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs a replicate, yielding to the event loop after every week. */
async function simulateYielding(scenario: Scenario, replicate: number, teamWeeks: boolean): Promise<RunResult> {
  const steps = simulateWeeks(scenario, createPolicies, replicate, { teamWeeks });
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await tick();
  }
}

/**
 * Runs every replicate of a scenario and writes its files into `folder`. Returns the tables; their
 * `developers` holds replicate 0's chart sample (see output/sample.ts), not every row.
 */
export async function writeRun(scenario: Scenario, options: RunOptions, folder: PendingFolder): Promise<RunTables> {
  const started = Date.now();
  const timeseries: Row[] = [];
  const summary: Row[] = [];
  const sample: Row[] = [];
  const teamWeeks: Row[] = [];
  const stride = chartStride(scenario.population.developers);
  let simulateMs = 0;
  const fd = openSync(folder.path("developers.csv"), "w");
  try {
    writeSync(fd, csvHeader(DEVELOPER_COLUMNS));
    for (let r = 0; r < options.replicates; r++) {
      const t0 = Date.now();
      const run = await simulateYielding(scenario, r, options.teamWeeks === true);
      for (const row of teamWeekRows(run, scenario.economics.seatUsdPerMonth)) teamWeeks.push(row);
      simulateMs += Date.now() - t0;
      timeseries.push(...timeseriesRows(run));
      summary.push(...summaryRows(run));
      for (const arm of run.arms) {
        for (let from = 0; from < run.population.size; from += CHUNK) {
          const rows = developerRows(run, arm, scenario.measurement.activeThresholdTokens, from, Math.min(run.population.size, from + CHUNK));
          writeSync(fd, csvLines(DEVELOPER_COLUMNS, rows));
          if (r === 0) for (const row of rows) if ((row.developer as number) % stride === 0) sample.push(row);
          await tick();
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  writeFileSync(folder.path("timeseries.csv"), toCsv(TIMESERIES_COLUMNS, timeseries));
  writeFileSync(folder.path("summary.csv"), toCsv(SUMMARY_COLUMNS, summary));

  const manifest: Manifest = {
    tool: "tokensim",
    version: VERSION,
    scenarioFile: options.scenarioFile,
    scenarioHash: scenarioHash(scenario),
    seed: scenario.seed,
    replicates: options.replicates,
    scenario: scenario as unknown as Manifest["scenario"],
    files: ["timeseries.csv", "developers.csv", "summary.csv"],
    timings: {},
  };
  const tables: RunTables = { manifest, timeseries, developers: sample, summary };
  for (const [name, content] of options.extraFiles?.(options.teamWeeks ? { ...tables, teamWeeks } : tables) ?? []) {
    writeFileSync(folder.path(name), content);
    manifest.files.push(name);
  }
  manifest.files.push("manifest.json");
  manifest.timings = { simulateMs, totalMs: Date.now() - started };
  writeFileSync(folder.path("manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  await tick();
  return tables;
}
