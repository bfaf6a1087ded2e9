// FOCUS 1.2 export: every row of a real (small) run checked against the column rules.
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { simulate } from "../src/model/simulate.js";
import { toCsv } from "../src/output/csv.js";
import { FOCUS_COLUMNS, FOCUS_NOT_NULL, focusColumns, focusRows } from "../src/output/focus.js";
import { timeseriesRows, summaryRows, type Row } from "../src/output/rows.js";
import type { Manifest, RunTables } from "../src/output/tables.js";
import { UserError } from "../src/errors.js";
import { makeScenario } from "./helpers/scenario.js";
import { createPolicies } from "../src/policies/registry.js";

const scenario = makeScenario({
  name: "focus-test",
  weeks: 9,
  population: { developers: 120 },
  arms: [{ name: "organic" }, { name: "quota", policies: [{ type: "adoption-quota" }] }],
});
const billing = { scenario: scenario.name, seatUsdPerMonth: scenario.economics.seatUsdPerMonth };

function tables(replicates = 1): RunTables {
  const timeseries: Row[] = [];
  const summary: Row[] = [];
  for (let r = 0; r < replicates; r++) {
    const run = simulate(scenario, createPolicies, r);
    timeseries.push(...timeseriesRows(run));
    summary.push(...summaryRows(run));
  }
  const manifest = { tool: "tokensim", version: "test", scenarioFile: "", scenarioHash: "", seed: 1, replicates, scenario, files: [], timings: {} } as unknown as Manifest;
  return { manifest, timeseries, developers: [], summary };
}

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const DECIMALS = ["BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "PricingQuantity", "ListUnitPrice", "ContractedUnitPrice"];
const CHARGE_CATEGORIES = ["Usage", "Purchase", "Tax", "Credit", "Adjustment"];
const FREQUENCIES = ["One-Time", "Recurring", "Usage-Based"];

function checkRow(row: Row, i: number, columns: readonly string[]) {
  const at = `row ${i}`;
  expect(Object.keys(row).sort(), at).toEqual([...columns].sort());
  for (const c of FOCUS_NOT_NULL) expect(row[c] === "" || row[c] === undefined, `${at}: ${c} is null`).toBe(false);
  for (const c of Object.keys(row)) if (!(FOCUS_COLUMNS as readonly string[]).includes(c) || c.startsWith("x_")) expect(c, at).toMatch(/^x_/);
  // Decimals: finite numbers, costs >= 0; no discounts so every cost is the same.
  for (const c of DECIMALS) {
    expect(typeof row[c], `${at}: ${c}`).toBe("number");
    expect(Number.isFinite(row[c]), `${at}: ${c}`).toBe(true);
    expect(row[c] as number, `${at}: ${c}`).toBeGreaterThanOrEqual(0);
  }
  expect(row.EffectiveCost).toBe(row.BilledCost);
  expect(row.ListCost).toBe(row.BilledCost);
  expect(row.ContractedCost).toBe(row.BilledCost);
  // ListCost = ListUnitPrice x PricingQuantity.
  expect(Math.abs((row.ListUnitPrice as number) * (row.PricingQuantity as number) - (row.ListCost as number))).toBeLessThanOrEqual(1e-9 * Math.max(1, row.ListCost as number));
  // Currency, categories, class.
  expect(row.BillingCurrency).toMatch(/^[A-Z]{3}$/);
  expect(row.BillingCurrency).toBe("USD");
  expect(CHARGE_CATEGORIES).toContain(row.ChargeCategory);
  expect(FREQUENCIES).toContain(row.ChargeFrequency);
  expect(row.ChargeClass, `${at}: ChargeClass is null unless a correction`).toBe("");
  expect(row.ServiceCategory).toBe("AI and Machine Learning");
  // Date/times: UTC ISO 8601, start < end, the charge period inside its billing period, the billing period a month.
  for (const c of ["BillingPeriodStart", "BillingPeriodEnd", "ChargePeriodStart", "ChargePeriodEnd"]) expect(row[c], `${at}: ${c}`).toMatch(TIME);
  const t = (c: string) => Date.parse(row[c] as string);
  expect(t("ChargePeriodStart")).toBeLessThan(t("ChargePeriodEnd"));
  expect(t("BillingPeriodStart")).toBeLessThan(t("BillingPeriodEnd"));
  expect(t("ChargePeriodStart")).toBeGreaterThanOrEqual(t("BillingPeriodStart"));
  expect(t("ChargePeriodEnd")).toBeLessThanOrEqual(t("BillingPeriodEnd"));
  expect(row.BillingPeriodStart).toMatch(/^\d{4}-\d{2}-01T00:00:00Z$/);
  expect(row.BillingPeriodEnd).toMatch(/^\d{4}-\d{2}-01T00:00:00Z$/);
  const bs = new Date(t("BillingPeriodStart"));
  expect(t("BillingPeriodEnd")).toBe(Date.UTC(bs.getUTCFullYear(), bs.getUTCMonth() + 1, 1));
  // Usage rows carry the consumed tokens; other rows leave ConsumedQuantity/Unit null.
  if (row.ChargeCategory === "Usage") {
    expect(row.ConsumedUnit).toBe("Tokens");
    expect(typeof row.ConsumedQuantity).toBe("number");
    expect(row.ConsumedQuantity as number).toBeGreaterThanOrEqual(0);
    expect(row.PricingUnit).toBe("1000000 Tokens");
    expect(row.PricingQuantity as number).toBeCloseTo((row.ConsumedQuantity as number) / 1e6, 9);
    expect(row.ChargeFrequency).toBe("Usage-Based");
  } else {
    expect(row.ConsumedQuantity).toBe("");
    expect(row.ConsumedUnit).toBe("");
  }
}

describe("FOCUS 1.2 export", () => {
  const t = tables(2);
  // 2026-01-26 is a Monday: week 1 (Jan 26-Feb 1) straddles Jan/Feb, week 5 (Feb 23-Mar 1) Feb/Mar.
  const rows = focusRows(t, { ...billing, startDate: "2026-01-26" });

  it("every row follows the column rules", () => {
    expect(rows.length).toBeGreaterThan(t.timeseries.length);
    rows.forEach((r, i) => checkRow(r, i, FOCUS_COLUMNS));
  });

  it("costs, tokens and waste add up to the run's totals (weeks split across months pro rata)", () => {
    const sum = (rs: Row[], c: string) => rs.reduce((a, r) => a + (typeof r[c] === "number" ? (r[c] as number) : 0), 0);
    expect(sum(rows, "BilledCost") / sum(t.timeseries, "cost_usd")).toBeCloseTo(1, 10);
    expect(sum(rows.filter((r) => r.ChargeCategory === "Usage"), "BilledCost") / sum(t.timeseries, "token_cost_usd")).toBeCloseTo(1, 10);
    expect(sum(rows, "ConsumedQuantity") / sum(t.timeseries, "tokens_total")).toBeCloseTo(1, 10);
    expect(sum(rows, "x_TokensWasted")).toBeCloseTo(sum(t.timeseries, "tokens_wasted"), 0);
    const straddling = rows.filter((r) => r.x_Week === 5 && r.x_Arm === "organic" && r.x_Replicate === 0 && r.ChargeCategory === "Usage");
    expect(straddling.map((r) => [r.ChargePeriodStart, r.ChargePeriodEnd])).toEqual([
      ["2026-02-23T00:00:00Z", "2026-03-01T00:00:00Z"],
      ["2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z"],
    ]);
  });

  it("seat licences are Purchase rows, Recurring, in seat-months", () => {
    const seats = rows.filter((r) => r.ChargeCategory === "Purchase");
    expect(seats.length).toBeGreaterThan(0);
    for (const r of seats) {
      expect(r.ChargeFrequency).toBe("Recurring");
      expect(r.PricingUnit).toBe("Seat-Months");
      expect(r.ListUnitPrice).toBe(30);
    }
  });

  it("SubAccountId is the arm without team data, the team with it", () => {
    expect(new Set(rows.map((r) => r.SubAccountId))).toEqual(new Set(["organic", "quota"]));
    const teamWeeks: Row[] = [1, 2].flatMap((week) => [0, 1, 2].map((team) => ({
      arm: "organic", replicate: 0, week, team, tokens_total: 1e9 * (team + 1), tokens_wasted: 1e8, token_cost_usd: 1800 * (team + 1), seat_cost_usd: 55, seats: 8,
    })));
    const teamRows = focusRows({ teamWeeks }, { ...billing, startDate: "2026-01-05" });
    teamRows.forEach((r, i) => checkRow(r, i, FOCUS_COLUMNS));
    expect(new Set(teamRows.map((r) => r.SubAccountId))).toEqual(new Set(["organic/team-0", "organic/team-1", "organic/team-2"]));
    expect(teamRows).toHaveLength(2 * 3 * 2);
  });

  it("drops x_Replicate only for a single-replicate run", () => {
    const one = focusRows(tables(1), { ...billing, startDate: "2026-01-05", replicateColumn: false });
    const cols = focusColumns({ replicateColumn: false });
    expect(cols).not.toContain("x_Replicate");
    one.forEach((r, i) => checkRow(r, i, cols));
    expect(() => focusRows(t, { ...billing, startDate: "2026-01-05", replicateColumn: false })).toThrow(UserError);
  });

  it("refuses a bad start date", () => {
    for (const bad of ["2026-02-30", "05/01/2026", "2026-1-5"]) expect(() => focusRows(t, { ...billing, startDate: bad })).toThrow(/start date: must be a UTC date YYYY-MM-DD/);
  });

  it("writes as CSV with nulls as empty cells and reads back", () => {
    const csv = toCsv(FOCUS_COLUMNS, rows);
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(rows.length);
    expect(Object.keys(records[0])).toEqual([...FOCUS_COLUMNS]);
    expect(records[0].ChargeClass).toBe("");
    expect(Number(records[0].BilledCost)).toBeCloseTo(rows[0].BilledCost as number, 4);
  });
});
