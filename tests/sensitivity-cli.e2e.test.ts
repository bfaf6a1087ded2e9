// tokensim sensitivity through the real CLI: files and columns, determinism (run twice, 1 vs 2 workers,
// merged shards: identical bytes) and bad input (exit 2, one line per problem, nothing written).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/read.js";
import { tempDir, tokensim } from "./helpers/cli.js";

const readCsv = (path: string) => parse(readFileSync(path, "utf8"), { columns: true }) as Record<string, string>[];
const SMALL = ["--developers", "300", "--weeks", "8", "--quiet"];
const SCENARIO = "scenarios/quota-plus-leaderboard.yaml";
const SOBOL = ["sensitivity", SCENARIO, "--method", "sobol", "--samples", "16", "--params", "response.elasticity,adoption-quota.target", "--metric", "net_value_usd,cost_per_output", ...SMALL];

function same(a: string, b: string) {
  const files = readdirSync(a).sort();
  expect(readdirSync(b).sort()).toEqual(files);
  for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
}

describe("tokensim sensitivity --method sobol", () => {
  const out = tempDir();

  it("writes indices with intervals, the ranking, pairwise wins, a chart and a report", () => {
    const r = tokensim([...SOBOL, "--workers", "1", "--out", join(out, "w1")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const dir = join(out, "w1");
    expect(readdirSync(dir).sort()).toEqual(["manifest.json", "pairwise.csv", "ranking.csv", "report.html", "runs.csv", "sensitivity-sobol-cost_per_output.svg", "sensitivity-sobol-net_value_usd.svg", "sensitivity.csv"]);
    const rows = readCsv(join(dir, "sensitivity.csv"));
    expect(Object.keys(rows[0])).toEqual(["arm", "metric", "parameter", "method", "low", "high", "range_source", "rank", "samples", "S1", "S1_ci_low", "S1_ci_high", "ST", "ST_ci_low", "ST_ci_high", "variance"]);
    expect(rows).toHaveLength(4 * 2 * 2); // arms x metrics x parameters
    for (const row of rows) {
      expect(Number(row.S1_ci_low)).toBeLessThanOrEqual(Number(row.S1_ci_high));
      expect(Number(row.ST_ci_low)).toBeLessThanOrEqual(Number(row.ST_ci_high));
    }
    // The quota's target cannot move the organic arm, which has no quota.
    const organic = rows.find((x) => x.arm === "organic" && x.parameter === "adoption-quota.target" && x.metric === "net_value_usd")!;
    expect(Number(organic.ST)).toBe(0);
    const quota = rows.find((x) => x.arm === "quota" && x.parameter === "response.elasticity" && x.metric === "net_value_usd")!;
    expect(Number(quota.ST)).toBeGreaterThan(0.3);
    expect(readCsv(join(dir, "runs.csv"))).toHaveLength(16 * 4 * 4); // N(k+2) points x arms
    const ranking = readCsv(join(dir, "ranking.csv"));
    for (const metric of ["net_value_usd", "cost_per_output"]) {
      const mine = ranking.filter((x) => x.metric === metric);
      expect(mine).toHaveLength(4);
      expect(mine.reduce((a, x) => a + Number(x.share_first), 0)).toBeCloseTo(1, 9);
      expect(mine.every((x) => x.worlds === "64")).toBe(true);
    }
    const pairwise = readCsv(join(dir, "pairwise.csv"));
    expect(pairwise).toHaveLength(2 * 4 * 3);
    for (const p of pairwise) expect(Number(p.share_wins) + Number(p.share_ties) + Number(p.share_losses)).toBeCloseTo(1, 9);
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toMatch(/ranks first on net value .* of plausible worlds/);
    expect(html).toMatch(/The [a-z-]+ beats the [a-z-]+ on net value in \d+% of plausible worlds/);
    expect(html).toContain("<svg");
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    expect(manifest.command).toBe("sensitivity");
    expect(manifest.sensitivity.params.map((p: { name: string; targets: string[] }) => p.targets)).toEqual([["response.elasticity"], ["arms[1].policies[0].target", "arms[3].policies[0].target"]]);
  });

  it("gives the same bytes when run again, with 2 workers, and from 2 merged shards", () => {
    expect(tokensim([...SOBOL, "--workers", "1", "--out", join(out, "again")]).code).toBe(0);
    same(join(out, "w1"), join(out, "again"));
    expect(tokensim([...SOBOL, "--workers", "2", "--out", join(out, "w2")]).code).toBe(0);
    same(join(out, "w1"), join(out, "w2"));
    for (const i of [1, 2]) expect(tokensim([...SOBOL, "--workers", "1", "--shard", `${i}/2`, "--out", join(out, `s${i}`)]).code).toBe(0);
    expect(readdirSync(join(out, "s1")).sort()).toEqual(["manifest.json", "runs.csv"]);
    expect(tokensim(["merge", join(out, "s2"), join(out, "s1"), "--out", join(out, "merged")]).code).toBe(0);
    same(join(out, "w1"), join(out, "merged"));
  });
});

describe("tokensim sensitivity --method oat and morris", () => {
  const out = tempDir();
  it("oat draws a tornado per metric; the centre is the scenario as written", () => {
    expect(tokensim(["sensitivity", SCENARIO, "--method", "oat", "--params", "response.elasticity,leaderboard.topShare", "--workers", "1", ...SMALL, "--out", join(out, "oat")]).code).toBe(0);
    expect(existsSync(join(out, "oat", "sensitivity-tornado-net_value_usd.svg"))).toBe(true);
    const rows = readCsv(join(out, "oat", "sensitivity.csv"));
    expect(Object.keys(rows[0]).slice(-6)).toEqual(["base", "metric_base", "metric_at_low", "metric_at_high", "effect", "swing"]);
    const runs = readCsv(join(out, "oat", "runs.csv"));
    expect(runs).toHaveLength(5 * 4);
    // The first point is the centre: the scenario's own value (here the calibrated default).
    expect(Number(runs[0]["response.elasticity"])).toBe(readScenarioFile(SCENARIO).response.elasticity);
  });

  it("morris reports mu, mu* and sigma, with a ranges file for the ranges", () => {
    const ranges = join(out, "ranges.yaml");
    writeFileSync(ranges, "response.maxGain: [1, 2]\nleaderboard.topShare: [0.05, 0.2]\n");
    expect(tokensim(["sensitivity", SCENARIO, "--method", "morris", "--samples", "3", "--ranges", ranges, "--workers", "2", ...SMALL, "--out", join(out, "morris")]).code).toBe(0);
    const rows = readCsv(join(out, "morris", "sensitivity.csv"));
    expect(rows.map((r) => `${r.parameter} ${r.low} ${r.high} ${r.range_source}`).slice(0, 2)).toEqual(["response.maxGain 1 2 ranges", "leaderboard.topShare 0.05 0.2 ranges"]);
    expect(Object.keys(rows[0]).slice(-6)).toEqual(["trajectories", "mu", "mu_star", "mu_star_ci_low", "mu_star_ci_high", "sigma"]);
    expect(existsSync(join(out, "morris", "sensitivity-morris-net_value_usd.svg"))).toBe(true);
  });
});

describe("tokensim sensitivity: bad input", () => {
  const out = tempDir();
  const bad = join(out, "bad");
  const run = (args: string[]) => tokensim(["sensitivity", SCENARIO, ...SMALL, "--out", bad, ...args]);

  it("rejects each with a clear line, exit 2, and writes nothing", () => {
    let r = run(["--params", "response.elastcity"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--params response.elastcity: no numeric parameter at this path in scenario "quota-plus-leaderboard"/);
    r = run(["--params", "salary-budget.pressure"]);
    expect(r.stderr).toMatch(/no arm of scenario "quota-plus-leaderboard" has a salary-budget policy/);
    writeFileSync(join(out, "r.yaml"), "response.elasticity: [0.9, 0.3]\n");
    r = run(["--ranges", join(out, "r.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/response.elasticity: the range's low \(0.9\) must be below its high \(0.3\)/);
    writeFileSync(join(out, "r2.yaml"), "response.elasticity: [0.5, 0.5]\nresponse.maxGain: [1, 2]\n");
    r = run(["--ranges", join(out, "r2.yaml"), "--params", "response.maxGain"]);
    expect(r.stderr).toMatch(/r2.yaml: response.elasticity: not among --params \(response.maxGain\)/);
    r = run(["--params", "response.elasticity", "--method", "fast"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--method: unknown method "fast"; one of oat, morris, sobol/);
    r = run(["--params", "response.elasticity", "--method", "sobol", "--samples", "4"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--samples: sobol needs an integer number of base samples N of at least 16, got 4/);
    r = run(["--params", "response.elasticity", "--method", "morris", "--samples", "1"]);
    expect(r.stderr).toMatch(/--samples: morris needs an integer number of trajectories r of at least 2/);
    r = run(["--params", "response.elasticity", "--metric", "happiness"]);
    expect(r.stderr).toMatch(/--metric: unknown metric "happiness"/);
    for (const line of r.stderr.trim().split("\n")) expect(line).toMatch(/^tokensim: /);
    expect(existsSync(bad)).toBe(false);
    expect(readdirSync(out).filter((f) => f.startsWith(".bad"))).toEqual([]);
  });
});
