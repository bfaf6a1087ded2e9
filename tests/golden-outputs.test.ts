// Golden outputs: every shipped scenario, run small, must give the CSV bytes recorded in
// tests/golden/outputs.json (their SHA-256). A change that is meant to keep every number (a refactoring, a new
// seam, faster code) keeps this test green; a change that is meant to move numbers rewrites the file
// deliberately with UPDATE_GOLDEN=1 and says so in its commit.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { simulate } from "../src/model/simulate.js";
import { toCsv } from "../src/output/csv.js";
import { createPolicies } from "../src/policies/registry.js";
import { DEVELOPER_COLUMNS, developerRows, SUMMARY_COLUMNS, summaryRows, TIMESERIES_COLUMNS, timeseriesRows } from "../src/output/rows.js";
import { readScenarioFile } from "../src/scenario/read.js";
import { scenarioSchema } from "../src/scenario/schema.js";

const GOLDEN = join(import.meta.dirname, "golden", "outputs.json");
const SCENARIOS = join(import.meta.dirname, "..", "scenarios");
const files = readdirSync(SCENARIOS).filter((f) => f.endsWith(".yaml")).sort();

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** The SHA-256 of each CSV of replicates 0 and 1 of a scenario at 600 developers and 30 weeks. */
function hashes(file: string): Record<string, string> {
  const full = readScenarioFile(join(SCENARIOS, file));
  const scenario = scenarioSchema.parse({ ...full, weeks: 30, population: { ...full.population, developers: 600 } });
  const out: Record<string, string> = {};
  for (const replicate of [0, 1]) {
    const run = simulate(scenario, createPolicies, replicate);
    const developers = run.arms.flatMap((arm) => developerRows(run, arm, scenario.measurement.activeThresholdTokens));
    out[`r${replicate}/timeseries.csv`] = sha(toCsv(TIMESERIES_COLUMNS, timeseriesRows(run)));
    out[`r${replicate}/summary.csv`] = sha(toCsv(SUMMARY_COLUMNS, summaryRows(run)));
    out[`r${replicate}/developers.csv`] = sha(toCsv(DEVELOPER_COLUMNS, developers));
  }
  return out;
}

describe("golden outputs of the shipped scenarios", () => {
  const actual = Object.fromEntries(files.map((f) => [f, hashes(f)]));
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, JSON.stringify(actual, null, 2) + "\n");
  const golden: Record<string, Record<string, string>> = existsSync(GOLDEN) ? JSON.parse(readFileSync(GOLDEN, "utf8")) : {};
  it("covers every shipped scenario", () => expect(Object.keys(golden).sort()).toEqual(files));
  for (const f of files) it(`${f} gives the recorded bytes`, () => expect(actual[f]).toEqual(golden[f]));
});
