// compare, sweep and merge through the real CLI: columns, intervals, byte-identity across workers and shards.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { tempDir, tokensim } from "./helpers/cli.js";

const readCsv = (path: string) => parse(readFileSync(path, "utf8"), { columns: true }) as Record<string, string>[];
const SMALL = ["--developers", "600", "--weeks", "16", "--quiet"];
const FILES = ["compare.csv", "replicates.csv", "compare-frontier.svg", "manifest.json"];

function same(a: string, b: string, files: string[]) {
  for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
}

describe("tokensim compare", () => {
  const out = tempDir();
  const args = ["compare", "scenarios/amazon-quota.yaml", "scenarios/leaderboard.yaml", "--replicates", "5", ...SMALL];

  it("writes one row per (scenario, arm) with means, 95% intervals and paired differences", () => {
    expect(tokensim([...args, "--workers", "1", "--out", join(out, "w1")]).code).toBe(0);
    const rows = readCsv(join(out, "w1", "compare.csv"));
    expect(rows.map((r) => `${r.scenario}/${r.arm}`)).toEqual(["amazon-quota/organic", "amazon-quota/quota-80", "leaderboard/organic", "leaderboard/leaderboard", "leaderboard/leaderboard-detect"]);
    for (const m of ["cost_usd", "output", "output_gain", "cost_per_output", "net_value_usd", "roi", "tokens_wasted", "top_decile_token_ratio", "top_decile_output_ratio", "active_share_measured", "active_share_genuine"]) {
      for (const r of rows) {
        const [mean, low, high] = [r[`${m}_mean`], r[`${m}_ci_low`], r[`${m}_ci_high`]].map(Number);
        expect(low <= mean && mean <= high, `${m} ${low} ${mean} ${high}`).toBe(true);
        expect(r).toHaveProperty(`${m}_diff_mean`);
      }
    }
    const base = rows[0];
    expect(Number(base.cost_usd_diff_mean)).toBe(0);
    expect(Number(rows[3].tokens_wasted_diff_ci_low)).toBeGreaterThan(0); // the leaderboard's waste is significant
    expect(readCsv(join(out, "w1", "replicates.csv"))).toHaveLength(5 * 5);
  });

  it("gives the same bytes with 2 workers and with 2 merged shards", () => {
    expect(tokensim([...args, "--workers", "2", "--out", join(out, "w2")]).code).toBe(0);
    same(join(out, "w1"), join(out, "w2"), FILES);
    for (const i of [1, 2]) expect(tokensim([...args, "--shard", `${i}/2`, "--out", join(out, `s${i}`)]).code).toBe(0);
    expect(existsSync(join(out, "s1", "compare.csv"))).toBe(false);
    expect(tokensim(["merge", join(out, "s2"), join(out, "s1"), "--out", join(out, "merged")]).code).toBe(0);
    same(join(out, "w1"), join(out, "merged"), FILES);
  });

  it("writes focus.csv per replicate, team and week with --focus, the same bytes with 2 workers and merged shards", () => {
    const focusArgs = ["compare", "scenarios/amazon-quota.yaml", "--replicates", "2", "--developers", "200", "--weeks", "5", "--quiet", "--focus"];
    expect(tokensim([...focusArgs, "--workers", "1", "--out", join(out, "f1")]).code).toBe(0);
    expect(tokensim([...focusArgs, "--workers", "2", "--out", join(out, "f2")]).code).toBe(0);
    for (const i of [1, 2]) expect(tokensim([...focusArgs, "--shard", `${i}/2`, "--out", join(out, `fs${i}`)]).code).toBe(0);
    expect(tokensim(["merge", join(out, "fs1"), join(out, "fs2"), "--out", join(out, "fm")]).code).toBe(0);
    same(join(out, "f1"), join(out, "f2"), [...FILES, "focus.csv"]);
    same(join(out, "f1"), join(out, "fm"), [...FILES, "focus.csv"]);
    const focus = readCsv(join(out, "f1", "focus.csv"));
    expect(new Set(focus.map((r) => r.x_Replicate))).toEqual(new Set(["0", "1"]));
    expect(focus.some((r) => r.SubAccountId === "quota-80/team-3")).toBe(true);
    const billed = focus.reduce((a, r) => a + Number(r.BilledCost), 0);
    const cost = readCsv(join(out, "f1", "replicates.csv")).reduce((a, r) => a + Number(r.token_cost_usd) + Number(r.seat_cost_usd), 0);
    expect(billed / cost).toBeCloseTo(1, 6);
  });

  it("writes a tidy long table with --format long", () => {
    expect(tokensim(["compare", "scenarios/amazon-quota.yaml", "--replicates", "3", ...SMALL, "--format", "long", "--out", join(out, "long")]).code).toBe(0);
    const rows = readCsv(join(out, "long", "compare.csv"));
    expect(Object.keys(rows[0])).toEqual(["scenario", "arm", "baseline", "metric", "replicates", "mean", "ci_low", "ci_high", "diff_mean", "diff_ci_low", "diff_ci_high"]);
    expect(new Set(rows.map((r) => r.metric)).has("net_value_usd")).toBe(true);
  });

  it("rejects an unknown baseline, a malformed shard and mismatched shards, writing nothing", () => {
    const bad = join(out, "bad");
    let r = tokensim(["compare", "scenarios/amazon-quota.yaml", ...SMALL, "--baseline", "nope", "--out", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--baseline: scenario "amazon-quota" has no arm "nope"/);
    r = tokensim(["compare", "scenarios/amazon-quota.yaml", ...SMALL, "--shard", "3/2", "--out", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--shard: expected i\/n/);
    expect(existsSync(bad)).toBe(false);
    tokensim([...args.slice(0, 3), "--replicates", "5", ...SMALL, "--seed", "9", "--shard", "2/2", "--out", join(out, "other")]);
    r = tokensim(["merge", join(out, "s1"), join(out, "other"), "--out", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/different batch/);
    r = tokensim(["merge", join(out, "s1"), "--out", bad]);
    expect(r.stderr).toMatch(/missing 2/);
    expect(existsSync(bad)).toBe(false);
  });
});

describe("tokensim sweep", () => {
  const out = tempDir();
  it("runs a grid x replicates with each swept parameter as a column, byte-identical across workers", () => {
    const args = ["sweep", "scenarios/amazon-quota.yaml", "--set", "arms[1].policies[0].target=0.5,0.8", "--set", "response.elasticity=0.6,0.9", "--replicates", "2", ...SMALL];
    expect(tokensim([...args, "--workers", "1", "--out", join(out, "g1")]).code).toBe(0);
    const rows = readCsv(join(out, "g1", "sweep.csv"));
    expect(rows).toHaveLength(4 * 2 * 2); // points x replicates x arms
    expect(Object.keys(rows[0]).slice(0, 3)).toEqual(["point", "arms[1].policies[0].target", "response.elasticity"]);
    expect(rows.map((r) => r["response.elasticity"]).slice(0, 8)).toEqual(["0.6", "0.6", "0.6", "0.6", "0.9", "0.9", "0.9", "0.9"]);
    expect(tokensim([...args, "--workers", "2", "--out", join(out, "g2")]).code).toBe(0);
    same(join(out, "g1"), join(out, "g2"), ["sweep.csv", "sweep-net_value_usd.csv", "sweep-net_value_usd.svg", "manifest.json"]);
    const svg = readFileSync(join(out, "g1", "sweep-net_value_usd.svg"), "utf8");
    expect(svg).toContain("<title>");
    expect(svg).not.toContain("NaN");
    expect(svg.match(/<circle/g)).toHaveLength(4 * 2 * 2 + 2); // a dot per (point, arm) on each of the 2 panels, plus 2 legend dots
  });

  it("samples a Latin hypercube: one point in each of N strata per parameter", () => {
    expect(tokensim(["sweep", "scenarios/status-quo.yaml", "--set", "response.elasticity=0.5:1", "--lhs", "5", "--replicates", "1", ...SMALL, "--out", join(out, "lhs")]).code).toBe(0);
    const values = readCsv(join(out, "lhs", "sweep.csv")).map((r) => Number(r["response.elasticity"]));
    expect(values.map((v) => Math.floor((v - 0.5) / 0.1)).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("rejects malformed --set and unknown paths", () => {
    let r = tokensim(["sweep", "scenarios/status-quo.yaml", "--set", "response.elasticity", ...SMALL, "--out", join(out, "x")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--set response.elasticity: no '='/);
    r = tokensim(["sweep", "scenarios/status-quo.yaml", "--set", "response.elastcity=1,2", ...SMALL, "--out", join(out, "x")]);
    expect(r.stderr).toMatch(/no numeric parameter at this path/);
    r = tokensim(["sweep", "scenarios/status-quo.yaml", "--set", "response.elasticity=2:1", "--lhs", "4", ...SMALL, "--out", join(out, "x")]);
    expect(r.stderr).toMatch(/must be below its high/);
    expect(existsSync(join(out, "x"))).toBe(false);
  });
});
