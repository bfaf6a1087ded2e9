// The real CLI on the shipped scenario files: the files it writes, their columns and numbers, determinism.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir, tokensim } from "./helpers/cli.js";

const readCsv = (path: string) => parse(readFileSync(path, "utf8"), { columns: true }) as Record<string, string>[];

const CONTRACT = {
  "timeseries.csv": ["arm", "week", "developers", "active_share_measured", "active_share_genuine", "tokens_useful", "tokens_wasted", "tokens_total", "cost_usd", "output", "output_without_ai", "productivity_gain", "cost_per_output", "net_value_usd"],
  "developers.csv": ["arm", "developer", "level", "salary_usd", "team", "tokens_total", "tokens_wasted", "cost_usd", "output", "output_without_ai"],
  "summary.csv": ["top_decile_token_ratio", "top_decile_output_ratio", "top_decile_output_ratio_causal", "top_decile_waste_share", "roi"],
};

describe("tokensim run on every shipped scenario", () => {
  const out = tempDir();
  const scenarios = readdirSync("scenarios").filter((f) => f.endsWith(".yaml"));
  beforeAll(() => {
    for (const f of scenarios) {
      const r = tokensim(["run", join("scenarios", f), "--developers", "1500", "--weeks", "30", "--out", join(out, f)]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    }
  });

  it("ships the five scenarios of the issue", () => {
    for (const name of ["status-quo", "amazon-quota", "leaderboard", "quota-plus-leaderboard", "huang-budget"]) expect(scenarios).toContain(`${name}.yaml`);
  });

  it("writes the contracted columns, with a finite number in every numeric cell and no empty cell", () => {
    for (const f of scenarios) {
      for (const [file, columns] of Object.entries(CONTRACT)) {
        const rows = readCsv(join(out, f, file));
        expect(rows.length).toBeGreaterThan(0);
        for (const c of columns) expect(Object.keys(rows[0])).toContain(c);
        const bad: string[] = [];
        for (const row of rows) {
          for (const [k, v] of Object.entries(row)) {
            const text = ["arm", "level", "adoption"].includes(k);
            if (v === "" || (!text && !Number.isFinite(Number(v)))) bad.push(`${f}/${file} ${k}=${v}`);
          }
        }
        expect(bad).toEqual([]);
      }
    }
  });

  it("has one timeseries row per arm and week, and one developer row per developer and arm", () => {
    const manifest = JSON.parse(readFileSync(join(out, "leaderboard.yaml", "manifest.json"), "utf8"));
    const arms = manifest.scenario.arms.length;
    expect(readCsv(join(out, "leaderboard.yaml", "timeseries.csv"))).toHaveLength(arms * 30);
    expect(readCsv(join(out, "leaderboard.yaml", "developers.csv"))).toHaveLength(arms * 1500);
    expect(manifest.scenario.population.developers).toBe(1500);
    expect(manifest.scenario.weeks).toBe(30);
    expect(manifest.scenario.response.elasticity).toBeGreaterThan(0); // defaults filled in
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps cost = token + seat + programme cost, and wasted <= total, row by row", () => {
    for (const row of readCsv(join(out, "huang-budget.yaml", "timeseries.csv"))) {
      expect(Number(row.cost_usd)).toBeCloseTo(Number(row.token_cost_usd) + Number(row.seat_cost_usd) + Number(row.program_cost_usd), 2);
      expect(Number(row.tokens_wasted)).toBeLessThanOrEqual(Number(row.tokens_total));
    }
  });

  it("shows policies doing what they model: the quota's dashboard overstates genuine use; the budget burns waste", () => {
    const quota = readCsv(join(out, "amazon-quota.yaml", "summary.csv"));
    const q = quota.find((r) => r.arm === "quota-80")!;
    expect(Number(q.active_share_measured)).toBeGreaterThan(Number(q.active_share_genuine));
    const budget = readCsv(join(out, "huang-budget.yaml", "summary.csv"));
    expect(Number(budget.find((r) => r.arm === "budget-50pct")!.waste_share)).toBeGreaterThan(0.5);
    expect(Number(budget.find((r) => r.arm === "organic")!.waste_share)).toBe(0);
  });
});

describe("the status-quo summary at the default size", () => {
  it("shows about 10x tokens for about 2x output, with the causal ratio below it", () => {
    const out = tempDir();
    expect(tokensim(["run", "scenarios/status-quo.yaml", "--out", out]).code).toBe(0);
    const [s] = readCsv(join(out, "summary.csv"));
    expect(Number(s.top_decile_token_ratio)).toBeGreaterThan(8);
    expect(Number(s.top_decile_token_ratio)).toBeLessThan(12);
    expect(Number(s.top_decile_output_ratio)).toBeGreaterThan(1.7);
    expect(Number(s.top_decile_output_ratio)).toBeLessThan(2.3);
    expect(Number(s.top_decile_output_ratio_causal)).toBeLessThan(Number(s.top_decile_output_ratio));
  });
});

describe("determinism", () => {
  const run = (seed: string) => {
    const out = tempDir();
    expect(tokensim(["run", "scenarios/quota-plus-leaderboard.yaml", "--developers", "800", "--weeks", "20", "--seed", seed, "--out", out]).code).toBe(0);
    return Object.fromEntries(["timeseries.csv", "developers.csv", "summary.csv"].map((f) => [f, readFileSync(join(out, f))]));
  };
  it("gives identical bytes for the same seed and different bytes for another", () => {
    const a = run("5"), b = run("5"), c = run("6");
    for (const f of Object.keys(a)) {
      expect(a[f].equals(b[f]), f).toBe(true);
      expect(a[f].equals(c[f]), f).toBe(false);
    }
  });
  it("gives the same numbers in another time zone and locale", () => {
    const out1 = tempDir(), out2 = tempDir();
    tokensim(["run", "scenarios/status-quo.yaml", "--developers", "500", "--weeks", "10", "--out", out1]);
    tokensim(["run", "scenarios/status-quo.yaml", "--developers", "500", "--weeks", "10", "--out", out2], { env: { TZ: "Asia/Kolkata", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" } });
    expect(readFileSync(join(out1, "summary.csv"), "utf8")).toBe(readFileSync(join(out2, "summary.csv"), "utf8"));
  });
});

describe("run --from a manifest", () => {
  it("reproduces the run exactly, and the manifest records version, seed and scenario hash", () => {
    const a = tempDir(), b = tempDir();
    expect(tokensim(["run", "scenarios/huang-budget.yaml", "--developers", "700", "--weeks", "12", "--seed", "77", "--replicates", "2", "--out", a]).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(a, "manifest.json"), "utf8"));
    expect(manifest.seed).toBe(77);
    expect(manifest.replicates).toBe(2);
    expect(tokensim(["run", "--from", join(a, "manifest.json"), "--out", b]).code).toBe(0);
    for (const f of manifest.files.filter((f: string) => f !== "manifest.json")) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
    const again = JSON.parse(readFileSync(join(b, "manifest.json"), "utf8"));
    expect(again.scenarioHash).toBe(manifest.scenarioHash);
  });
  it("rejects a file that is not a run manifest", () => {
    const r = tokensim(["run", "--from", "package.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/package.json: not a tokensim run manifest/);
  });
});

describe("run --focus", () => {
  it("writes FOCUS rows per team and week whose billed cost adds up to the token and seat cost", () => {
    const out = tempDir();
    expect(tokensim(["run", "scenarios/amazon-quota.yaml", "--developers", "300", "--weeks", "6", "--focus", "--no-charts", "--out", out]).code).toBe(0);
    const focus = readCsv(join(out, "focus.csv"));
    const teams = new Set(focus.map((r) => r.SubAccountId));
    expect(teams.has("organic/team-0")).toBe(true);
    expect(teams.size).toBe(2 * Math.ceil(300 / 8));
    const billed = focus.reduce((a, r) => a + Number(r.BilledCost), 0);
    const cost = readCsv(join(out, "timeseries.csv")).reduce((a, r) => a + Number(r.token_cost_usd) + Number(r.seat_cost_usd), 0);
    expect(billed / cost).toBeCloseTo(1, 6);
    expect(focus.every((r) => r.ChargePeriodStart < r.ChargePeriodEnd && r.BillingCurrency === "USD")).toBe(true);
  });
});

describe("help", () => {
  it("lists the commands", () => {
    const r = tokensim(["--help"]);
    expect(r.code).toBe(0);
    for (const c of ["run", "validate", "start"]) expect(r.stdout).toContain(c);
  });
  it("is not confused by an unknown command", () => {
    const r = tokensim(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync("frobnicate")).toBe(false);
  });
});
