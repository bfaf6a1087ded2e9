// Extreme but valid scenarios run to finite numbers in every output cell; text cells are guarded against
// spreadsheet formula injection; a 2,000,000-developer run keeps its memory bounded.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { simulate } from "../src/model/simulate.js";
import { toCsv } from "../src/output/csv.js";
import { DEVELOPER_COLUMNS, developerRows, SUMMARY_COLUMNS, summaryRows, TIMESERIES_COLUMNS, timeseriesRows } from "../src/output/rows.js";
import { ROOT, tempDir } from "./helpers/cli.js";
import { makeScenario } from "./helpers/scenario.js";
import { createPolicies } from "../src/policies/registry.js";

/** Every output table of a run as CSV text; toCsv throws on NaN or Infinity. */
function csvOf(fields: Record<string, unknown>): string[] {
  const s = makeScenario(fields);
  const run = simulate(s, createPolicies);
  return [
    toCsv(TIMESERIES_COLUMNS, timeseriesRows(run)),
    toCsv(SUMMARY_COLUMNS, summaryRows(run)),
    ...run.arms.map((a) => toCsv(DEVELOPER_COLUMNS, developerRows(run, a, s.measurement.activeThresholdTokens))),
  ];
}

const ALL_POLICIES = [
  { name: "none" },
  { name: "quota", policies: [{ type: "adoption-quota" }] },
  { name: "board", policies: [{ type: "leaderboard", detection: { enabled: true } }] },
  { name: "budget", policies: [{ type: "salary-budget" }] },
  { name: "counter", policies: [{ type: "leaderboard" }, { type: "outcome-review" }, { type: "cost-cap" }, { type: "enablement" }] },
];

describe("extreme but valid scenarios", () => {
  const cases: [string, Record<string, unknown>][] = [
    ["1 developer, 1 week", { weeks: 1, population: { developers: 1 }, arms: ALL_POLICIES }],
    ["a price of 0", { weeks: 10, population: { developers: 200 }, economics: { inputUsdPerM: 0, outputUsdPerM: 0, cacheReadUsdPerM: 0, cacheWriteUsdPerM: 0, seatUsdPerMonth: 0 }, arms: ALL_POLICIES }],
    ["budgets of 0", { weeks: 10, population: { developers: 200 }, arms: [{ name: "b0", policies: [{ type: "salary-budget", salaryFraction: 0 }] }, { name: "cap0", policies: [{ type: "leaderboard" }, { type: "cost-cap", budgetUsdPerDeveloperWeek: 0 }] }] }],
    ["quota targets 0 and 1", { weeks: 10, population: { developers: 200 }, arms: [{ name: "q0", policies: [{ type: "adoption-quota", target: 0 }] }, { name: "q1", policies: [{ type: "adoption-quota", target: 1, enforcement: 1 }] }] }],
    ["a leaderboard top-k larger than the population", { weeks: 10, population: { developers: 50 }, arms: [{ name: "all", policies: [{ type: "leaderboard", topK: 1000 }] }] }],
    ["520 weeks", { weeks: 520, population: { developers: 100 }, measurement: { windowWeeks: 1040 }, arms: ALL_POLICIES }],
    ["no initial users, no adoption", { weeks: 10, population: { developers: 100 }, adoption: { initialActiveShare: 0, innovationPerYear: 0, imitationPerYear: 0 }, arms: ALL_POLICIES }],
    ["zero demand and zero noise", { weeks: 10, population: { developers: 100, demandMedianTokens: 0, demandSigma: 0, baseOutputSigma: 0 }, response: { tokenNoiseSigma: 0, outputNoiseSigma: 0 }, arms: ALL_POLICIES }],
  ];
  for (const [label, fields] of cases) {
    it(`${label}: every cell finite`, () => {
      for (const csv of csvOf(fields)) expect(csv).not.toMatch(/NaN|Infinity|,,|,\n/);
    });
  }
  it("a top-k larger than the population shows everyone, so nobody needs to chase", () => {
    const run = simulate(makeScenario({ weeks: 10, population: { developers: 50 }, arms: [{ name: "all", policies: [{ type: "leaderboard", topK: 1000 }] }] }), createPolicies);
    expect(run.arms[0].weeks.reduce((a, w) => a + w.tokensWasted, 0)).toBe(0);
  });
});

describe("formula injection", () => {
  it("neutralises text cells that begin with = + - @", () => {
    const names = ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)"];
    const [timeseries, summary] = csvOf({ weeks: 2, population: { developers: 20 }, arms: names.map((name) => ({ name })) });
    for (const name of names) {
      const quoted = `'${name}`.includes('"') ? `"'${name.replace(/"/g, '""')}"` : `'${name}`;
      expect(summary).toContain(`\n${quoted},`);
      expect(timeseries).toContain(`\n${quoted},`);
    }
    expect(summary).not.toMatch(/\n[=+\-@]/);
  });
});

describe("2,000,000 developers", () => {
  it("runs with bounded memory (peak RSS under 1.5 GB) and writes every developer", () => {
    const out = join(tempDir(), "big");
    const main = join(ROOT, "dist/cli/main.js");
    const code = `process.on("exit", () => process.stderr.write("maxrss_kb=" + process.resourceUsage().maxRSS + "\\n")); process.argv.splice(1, 0, "tokensim"); await import(${JSON.stringify("file://" + main)});`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code, "run", "scenarios/status-quo.yaml", "--developers", "2000000", "--weeks", "2", "--no-charts", "--out", out], { cwd: ROOT, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const rssMb = Number(/maxrss_kb=(\d+)/.exec(r.stderr)![1]) / 1024;
    expect(rssMb).toBeLessThan(1536);
    const summary = readFileSync(join(out, "summary.csv"), "utf8");
    expect(summary).toContain(",2000000,");
  });
});
