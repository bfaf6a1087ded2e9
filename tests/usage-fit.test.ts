// import-usage on exports generated from a known population: the aggregation must reproduce the ground
// truth exactly and the lognormal fit must recover the population's mu and sigma, in every format, across
// pages (several files), missing days, users with zero use and mixed models.
import { describe, expect, it } from "vitest";
import { importUsage, type ImportResult } from "../src/usage/import.js";
import { scenarioSchema } from "../src/scenario/schema.js";
import { parse as parseYaml } from "yaml";
import { claudeCodeExport, csvExport, email, makePopulation, messagesExport, openAiExport, tempDir, type Population } from "./helpers/usage-fixture.js";
import type { UsageFormat } from "../src/usage/types.js";

const pop = makePopulation();
const MU = Math.log(30e6);
const SIGMA = 1.2;

function sampleFit(p: Population) {
  const logs = p.truth.meanWeekly.filter((m) => m > 0).map(Math.log);
  const mu = logs.reduce((a, b) => a + b, 0) / logs.length;
  const sigma = Math.sqrt(logs.reduce((a, l) => a + (l - mu) ** 2, 0) / logs.length);
  return { mu, sigma, n: logs.length };
}

function run(format: UsageFormat, files: string[]): ImportResult {
  return importUsage(files, { format, salt: "test-salt" });
}

function checkCommon(r: ImportResult, p: Population) {
  const truth = sampleFit(p);
  // The aggregation is exact: the fit sees the same per-user means as the generator.
  expect(r.fit.n).toBe(truth.n);
  expect(r.fit.mu).toBeCloseTo(truth.mu, 9);
  expect(r.fit.sigma).toBeCloseTo(truth.sigma, 9);
  // ...and the fit recovers the population's parameters (SE of mu ~ 1.2/sqrt(270) ~ 0.07).
  expect(Math.abs(r.fit.mu - MU)).toBeLessThan(0.25);
  expect(Math.abs(r.fit.sigma - SIGMA)).toBeLessThan(0.12);
  expect(r.fit.ksD).toBeLessThan(r.fit.ksCritical5);
  expect(r.summary.weeks.length).toBe(p.opts.weeks);
  expect(r.summary.activeUsers).toBe(truth.n);
  // Top-decile ratio: observed close to what the fitted lognormal implies.
  expect(r.summary.topDecileRatio / r.fit.impliedTopDecileRatio).toBeGreaterThan(0.75);
  expect(r.summary.topDecileRatio / r.fit.impliedTopDecileRatio).toBeLessThan(1.33);
  // The overlay validates as part of a scenario.
  const overlay = parseYaml(r.files.get("overlay.yaml")!);
  expect(Object.keys(overlay).sort()).toEqual(["adoption", "economics", "population"]);
  const s = scenarioSchema.safeParse({ name: "x", arms: [{ name: "a" }], ...overlay });
  expect(s.success, JSON.stringify(s.error?.issues)).toBe(true);
  expect(overlay.population.demandMedianTokens).toBe(Math.round(Math.exp(r.fit.mu) / 0.6));
  const e = overlay.economics;
  expect(e.inputShare + e.outputShare + e.cacheReadShare + e.cacheWriteShare).toBeCloseTo(1, 9);
  // No email or raw id anywhere in the outputs.
  for (const [name, text] of r.files) {
    expect(text, name).not.toMatch(/@example\.com|dev\d+|apikey_|user-\d+|ci-key/);
  }
  const users = r.files.get("users.csv")!.trim().split("\n").slice(1);
  for (const line of users) expect(line).toMatch(/^u_[0-9a-f]{12},/);
}

function mixOf(r: ImportResult) {
  const t = r.summary.tokens;
  return { input: t.input, output: t.output, cacheRead: t.cacheRead, cacheWrite: t.cacheWrite };
}

describe("import-usage fits a known population", () => {
  it("anthropic-claude-code: one day per request, several pages a day, api actors, zero-use users, costs", () => {
    const dir = tempDir("cc");
    const files = claudeCodeExport(pop, dir, 100);
    expect(files.length).toBeGreaterThan(pop.days.length); // paging: several pages on busy days
    const r = run("anthropic-claude-code", files);
    checkCommon(r, pop);
    expect(r.summary.usersSeen).toBe(pop.opts.users);
    expect(r.summary.weeklyActiveShare).toBeCloseTo(pop.truth.weeklyActiveShareAll, 12);
    expect(mixOf(r)).toEqual(pop.truth.mix);
    const cost = pop.usage.reduce((a, u) => a + u.costUsd, 0);
    expect(r.summary.cost!.usd).toBeCloseTo(cost, 3);
    const tokens = pop.usage.reduce((a, u) => a + u.input + u.output + u.cacheRead + u.cacheWrite, 0);
    const blended = Number(r.files.get("usage-fit.csv")!.match(/blended_price_usd_per_m_tokens,([0-9.]+)/)![1]);
    expect(blended).toBeCloseTo((cost / tokens) * 1e6, 4);
    expect(r.warnings).toEqual([]);
  });

  it("anthropic-messages: 1d buckets grouped by API key and model, 8 pages", () => {
    const dir = tempDir("msg");
    const files = messagesExport(pop, dir, 7);
    expect(files.length).toBe(8);
    const r = run("anthropic-messages", files);
    checkCommon(r, pop);
    expect(r.summary.usersSeen).toBe(sampleFit(pop).n); // the API lists only groups with usage
    expect(r.summary.weeklyActiveShare).toBeCloseTo(pop.truth.weeklyActiveShareSeenNonZero, 12);
    expect(mixOf(r)).toEqual(pop.truth.mix);
    expect(r.summary.cost).toBeNull();
    expect(r.files.get("usage-fit.csv")).toMatch(/blended_price_usd_per_m_tokens,,USD\/M tokens,the export carries no cost/);
  });

  it("openai-completions: unix-second buckets grouped by user and model; cached tokens inside input_tokens", () => {
    const dir = tempDir("oai");
    const files = openAiExport(pop, dir, 10);
    const r = run("openai-completions", files);
    checkCommon(r, pop);
    const m = pop.truth.mix;
    expect(mixOf(r)).toEqual({ input: m.input + m.cacheWrite, output: m.output, cacheRead: m.cacheRead, cacheWrite: 0 });
    expect(r.overlay.economics.cacheWriteShare).toBe(0);
  });

  it("csv: two files, several rows per user and day (models), zero-use users, an empty cost cell", () => {
    const dir = tempDir("csv");
    const files = csvExport(pop, dir);
    const r = run("csv", files);
    checkCommon(r, pop);
    expect(r.summary.usersSeen).toBe(pop.opts.users);
    expect(r.summary.weeklyActiveShare).toBeCloseTo(pop.truth.weeklyActiveShareAll, 12);
    expect(r.overlay.adoption.initialActiveShare).toBeCloseTo(pop.truth.weeklyActiveShareAll, 3);
  });

  it("pseudonyms are stable for one salt and change with the salt", () => {
    const dir = tempDir("csv2");
    const files = csvExport(pop, dir);
    const a = importUsage(files, { format: "csv", salt: "s1" }).files.get("users.csv");
    const b = importUsage(files, { format: "csv", salt: "s1" }).files.get("users.csv");
    const c = importUsage(files, { format: "csv", salt: "s2" }).files.get("users.csv");
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).not.toContain(email(0));
  });

  it("a partial first and last week are left out of the weekly figures", () => {
    const dir = tempDir("partial");
    const shifted = { ...pop, days: pop.days.slice(3, pop.days.length - 2), usage: pop.usage.filter((u) => u.day >= pop.days[3] && u.day <= pop.days[pop.days.length - 3]) };
    const r = run("anthropic-messages", messagesExport(shifted, dir, 100));
    expect(r.summary.weeks.length).toBe(pop.opts.weeks - 2);
    expect(r.summary.weeks[0].monday).toBe(pop.days[7]);
  });
});
