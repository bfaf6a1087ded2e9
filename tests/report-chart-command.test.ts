// report.html and `chart DIR`: charts drawn from a run's tables in memory and from its files on disk are the
// same bytes; `chart DIR` rewrites nothing on error.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, describe, expect, it } from "vitest";
import { writeRun } from "../src/app/run-files.js";
import { chartFolder } from "../src/cli/chart.js";
import { UserError } from "../src/errors.js";
import { beginFolder } from "../src/output/atomic.js";
import { runArtifacts } from "../src/output/artifacts.js";
import { renderCharts } from "../src/output/charts/index.js";
import { readRunFolder } from "../src/output/read-run.js";
import { renderReport } from "../src/output/report.js";
import { readScenarioFile } from "../src/scenario/read.js";
import { chartFixture } from "./helpers/chart-fixture.js";
import { tempDir } from "./helpers/cli.js";

const root = tempDir("tokensim-chart-");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("report.html", () => {
  it("holds the question, headline figures per arm, every chart inline with its finding, and the summary table; one inline script, no external resources", async () => {
    const t = chartFixture();
    const charts = renderCharts(t);
    const html = renderReport(t, charts);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector(".question")!.textContent).toBe("What does the fixture cost?");
    expect(doc.querySelectorAll("figure > svg")).toHaveLength(charts.length);
    expect(doc.querySelectorAll("figcaption")).toHaveLength(charts.length);
    expect(Array.from(doc.querySelectorAll("figcaption .finding")).map((f) => f.textContent)).toEqual(charts.map((c) => c.finding));
    expect(charts.find((c) => c.file === "tokens-by-week.svg")!.finding).toMatch(/^leaderboard wastes the largest share of its tokens, [\d.]+%; organic wastes none\.$/);
    expect(charts.find((c) => c.file === "cumulative-cost.svg")!.finding).toMatch(/^organic costs least over the run, \$[\d.]+k; leaderboard most, \$[\d.]+k \([\d.]+× as much\)\.$/);
    expect(doc.querySelectorAll("img, link, iframe, script[src]")).toHaveLength(0);
    expect(doc.querySelectorAll("script")).toHaveLength(1);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const headline = doc.querySelectorAll("table")[0];
    expect(headline.querySelectorAll("tbody tr")).toHaveLength(2);
    expect(headline.textContent).toContain("9.8×");
    expect(doc.querySelectorAll("table")[1].querySelectorAll("tbody tr")).toHaveLength(t.summary.length);
  });
});

describe("chart DIR", () => {
  const scenario = readScenarioFile("scenarios/leaderboard.yaml");
  const small = { ...scenario, weeks: 20, population: { ...scenario.population, developers: 400 } } as typeof scenario;
  const options = { scenarioFile: "scenarios/leaderboard.yaml", replicates: 2 };
  /** Writes the run as `run` does, with (or without) its charts and report; returns the tables drawn from. */
  const write = async (dir: string, drawn: boolean) => {
    const folder = beginFolder(dir);
    const t = await writeRun(small, drawn ? { ...options, extraFiles: runArtifacts } : options, folder);
    folder.commit();
    return t;
  };

  it("draws from the files the same bytes as from the tables in memory", async () => {
    const dir = join(root, "run");
    const tables = await write(dir, true);
    const before = snapshot(dir);
    expect(Object.keys(before)).toContain("report.html");
    expect(runArtifacts(readRunFolder(dir))).toEqual(runArtifacts(tables));
    chartFolder(dir);
    expect(snapshot(dir)).toEqual(before);
  });

  it("adds the charts and report to a folder that has only CSVs and a manifest", async () => {
    const dir = join(root, "bare");
    const tables = await write(dir, false);
    chartFolder(dir);
    const after = snapshot(dir);
    for (const [name, content] of runArtifacts(tables)) expect(after[name]).toBe(content);
  });

  it("writes nothing when a file is bad", async () => {
    const dir = join(root, "bad");
    await write(dir, false);
    writeFileSync(join(dir, "summary.csv"), readFileSync(join(dir, "summary.csv"), "utf8").replace(/\n([^,\n]+),/, "\n$1,x"));
    const before = snapshot(dir);
    expect(() => chartFolder(dir)).toThrow(UserError);
    expect(snapshot(dir)).toEqual(before);
    expect(() => chartFolder(join(root, "nope"))).toThrow(UserError);
  });
});
