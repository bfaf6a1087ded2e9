// Everything `run` writes for one scenario, as file name -> content: CSVs, manifest (and charts, report).
// Pure given the results; the caller writes the folder in one atomic step.
import { createHash } from "node:crypto";
import { simulate, type RunResult } from "../model/simulate.js";
import type { Scenario } from "../scenario/schema.js";
import { toCsv } from "../output/csv.js";
import { DEVELOPER_COLUMNS, developerRows, SUMMARY_COLUMNS, summaryRows, TIMESERIES_COLUMNS, timeseriesRows, type Row } from "../output/rows.js";
import type { Manifest, RunTables } from "../output/tables.js";
import { VERSION } from "../version.js";

export interface RunOptions {
  scenarioFile: string;
  replicates: number;
}

export function scenarioHash(s: Scenario): string {
  return createHash("sha256").update(JSON.stringify(s)).digest("hex");
}

/** Runs every replicate of a scenario; returns its tables and the CSV and manifest files. */
export function runScenario(scenario: Scenario, options: RunOptions): { tables: RunTables; files: Map<string, string> } {
  const started = Date.now();
  const timeseries: Row[] = [];
  const developers: Row[] = [];
  const summary: Row[] = [];
  let simulateMs = 0;
  for (let r = 0; r < options.replicates; r++) {
    const t0 = Date.now();
    const run: RunResult = simulate(scenario, r);
    simulateMs += Date.now() - t0;
    timeseries.push(...timeseriesRows(run));
    summary.push(...summaryRows(run));
    for (const arm of run.arms) {
      for (const row of developerRows(run, arm, scenario.measurement.activeThresholdTokens)) developers.push(row);
    }
  }
  const files = new Map<string, string>();
  files.set("timeseries.csv", toCsv(TIMESERIES_COLUMNS, timeseries));
  files.set("developers.csv", toCsv(DEVELOPER_COLUMNS, developers));
  files.set("summary.csv", toCsv(SUMMARY_COLUMNS, summary));
  const manifest: Manifest = {
    tool: "tokensim",
    version: VERSION,
    scenarioFile: options.scenarioFile,
    scenarioHash: scenarioHash(scenario),
    seed: scenario.seed,
    replicates: options.replicates,
    scenario: scenario as unknown as Manifest["scenario"],
    files: [...files.keys(), "manifest.json"],
    timings: { simulateMs, totalMs: Date.now() - started },
  };
  files.set("manifest.json", JSON.stringify(manifest, null, 2) + "\n");
  return { tables: { manifest, timeseries, developers, summary }, files };
}
