// Simulated cost as FinOps FOCUS 1.2 rows (FinOps Open Cost and Usage Specification), so a run can be loaded
// into the tools that read cloud bills. One Usage row per (arm, replicate, week, sub-account) for tokens and
// one Purchase row for seat licences; a week that straddles two months is split pro rata by days so every
// charge period lies inside its (calendar-month) billing period. The simulated organisation's own list
// prices are the prices: no discounts, so BilledCost = EffectiveCost = ListCost = ContractedCost.
//
// FOCUS rules followed (see tests/focus.test.ts): date/times are UTC ISO 8601 `YYYY-MM-DDTHH:MM:SSZ`, start
// inclusive and end exclusive; BillingPeriod is the calendar month; ChargeClass is null (not a correction);
// BillingCurrency is ISO 4217 `USD`; ConsumedQuantity/ConsumedUnit are set on Usage rows and null otherwise;
// PricingQuantity x ListUnitPrice = ListCost; custom columns carry the `x_` prefix. Null is an empty cell.
//
// Sub-accounts: timeseries.csv has no per-team split, so by default SubAccountId is the arm. Given `teamWeeks`
// (rows.ts's teamWeekRows: arm, replicate, week, team, tokens_total, tokens_wasted, token_cost_usd,
// seat_cost_usd, seats), rows are per team with SubAccountId `<arm>/team-<n>`.
import { UserError } from "../errors.js";
import type { Row } from "./rows.js";

export const FOCUS_COLUMNS = [
  "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "BillingAccountId", "BillingAccountName", "BillingCurrency",
  "BillingPeriodStart", "BillingPeriodEnd", "ChargeCategory", "ChargeClass", "ChargeDescription", "ChargeFrequency",
  "ChargePeriodStart", "ChargePeriodEnd", "ConsumedQuantity", "ConsumedUnit", "ContractedUnitPrice", "InvoiceIssuerName",
  "ListUnitPrice", "PricingQuantity", "PricingUnit", "ProviderName", "PublisherName", "ServiceCategory", "ServiceSubcategory",
  "ServiceName", "SubAccountId", "SubAccountName", "x_Scenario", "x_Arm", "x_Replicate", "x_Week", "x_TokensWasted",
] as const;

/** Columns that must never be null. */
export const FOCUS_NOT_NULL = [
  "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "BillingAccountId", "BillingAccountName", "BillingCurrency",
  "BillingPeriodStart", "BillingPeriodEnd", "ChargeCategory", "ChargeDescription", "ChargeFrequency", "ChargePeriodStart",
  "ChargePeriodEnd", "InvoiceIssuerName", "PricingQuantity", "PricingUnit", "ProviderName", "PublisherName",
  "ServiceCategory", "ServiceName",
] as const;

/** The weeks to bill: per team when `teamWeeks` is given, else per arm from the timeseries rows. */
export type FocusWeeks = { teamWeeks: readonly Row[] } | { timeseries: readonly Row[]; teamWeeks?: undefined };

export interface FocusOptions {
  /** The scenario's name: the billing account and x_Scenario. */
  scenario: string;
  /** The scenario's seat price, USD per seat-month (economics.seatUsdPerMonth). */
  seatUsdPerMonth: number;
  /** Day week 1 starts, YYYY-MM-DD (UTC). */
  startDate: string;
  /** Include x_Replicate (default true). Without it the tables must hold one replicate: FinOps tools sum every row. */
  replicateColumn?: boolean;
}

/** The column list for these options. */
export function focusColumns(opts: Pick<FocusOptions, "replicateColumn"> = {}): readonly string[] {
  return opts.replicateColumn === false ? FOCUS_COLUMNS.filter((c) => c !== "x_Replicate") : FOCUS_COLUMNS;
}

const DAY_MS = 86_400_000;
const PROVIDER = "tokensim (simulated)";
const TOKENS_PER_PRICING_UNIT = 1e6;

/** `YYYY-MM-DDTHH:MM:SSZ` for epoch milliseconds. */
export function focusTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function parseStart(startDate: string): number {
  const t = /^\d{4}-\d{2}-\d{2}$/.test(startDate) ? Date.parse(`${startDate}T00:00:00Z`) : NaN;
  if (Number.isNaN(t) || focusTime(t).slice(0, 10) !== startDate) throw new UserError(`start date: must be a UTC date YYYY-MM-DD, got ${JSON.stringify(startDate)}`);
  return t;
}

/**
 * [start, end) pieces of a period cut at calendar-month boundaries, each with its month. By Date.UTC, kept over
 * date-fns, whose month functions work in the machine's time zone.
 */
function splitByMonth(start: number, end: number): { start: number; end: number; monthStart: number; monthEnd: number }[] {
  const out = [];
  for (let s = start; s < end; ) {
    const d = new Date(s);
    const monthStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    const monthEnd = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    const e = Math.min(end, monthEnd);
    out.push({ start: s, end: e, monthStart, monthEnd });
    s = e;
  }
  return out;
}

interface Source {
  arm: string;
  replicate: number;
  week: number;
  subAccountId: string;
  subAccountName: string;
  tokens: number;
  wasted: number;
  tokenCost: number;
  seatCost: number;
}

function num(row: Row, col: string): number {
  const v = row[col];
  if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`focus: ${col} is not a number in ${JSON.stringify(row)}`);
  return v;
}

function sources(weeks: FocusWeeks): Source[] {
  if (weeks.teamWeeks !== undefined) {
    return weeks.teamWeeks.map((r) => ({
      arm: String(r.arm), replicate: num(r, "replicate"), week: num(r, "week"),
      subAccountId: `${r.arm}/team-${r.team}`, subAccountName: `team ${r.team} (${r.arm})`,
      tokens: num(r, "tokens_total"), wasted: num(r, "tokens_wasted"), tokenCost: num(r, "token_cost_usd"), seatCost: num(r, "seat_cost_usd"),
    }));
  }
  return weeks.timeseries.map((r) => ({
    arm: String(r.arm), replicate: num(r, "replicate"), week: num(r, "week"),
    subAccountId: String(r.arm), subAccountName: `arm ${r.arm} (all teams)`,
    tokens: num(r, "tokens_total"), wasted: num(r, "tokens_wasted"), tokenCost: num(r, "token_cost_usd"), seatCost: num(r, "seat_cost_usd"),
  }));
}

/** FOCUS 1.2 cost rows of a run (see the header comment). */
export function focusRows(weeks: FocusWeeks, opts: FocusOptions): Row[] {
  const start = parseStart(opts.startDate);
  const withReplicate = opts.replicateColumn !== false;
  const { scenario, seatUsdPerMonth } = opts;
  const rows: Row[] = [];
  const src = sources(weeks);
  if (!withReplicate && new Set(src.map((s) => s.replicate)).size > 1) {
    throw new UserError("FOCUS export without x_Replicate needs a run of one replicate (FinOps tools add up every row); keep the replicate column");
  }
  for (const s of src) {
    const weekStart = start + (s.week - 1) * 7 * DAY_MS;
    const weekEnd = weekStart + 7 * DAY_MS;
    const listPricePerM = s.tokens > 0 ? (s.tokenCost / s.tokens) * TOKENS_PER_PRICING_UNIT : 0;
    for (const piece of splitByMonth(weekStart, weekEnd)) {
      const f = (piece.end - piece.start) / (7 * DAY_MS);
      const common: Row = {
        BillingAccountId: `tokensim:${scenario}`,
        BillingAccountName: `${scenario} (simulated organisation)`,
        BillingCurrency: "USD",
        BillingPeriodStart: focusTime(piece.monthStart),
        BillingPeriodEnd: focusTime(piece.monthEnd),
        ChargeClass: "",
        ChargePeriodStart: focusTime(piece.start),
        ChargePeriodEnd: focusTime(piece.end),
        InvoiceIssuerName: PROVIDER,
        ProviderName: PROVIDER,
        PublisherName: PROVIDER,
        ServiceCategory: "AI and Machine Learning",
        ServiceSubcategory: "Generative AI",
        SubAccountId: s.subAccountId,
        SubAccountName: s.subAccountName,
        x_Scenario: scenario,
        x_Arm: s.arm,
        ...(withReplicate ? { x_Replicate: s.replicate } : {}),
        x_Week: s.week,
      };
      const tokenCost = s.tokenCost * f;
      rows.push({
        ...common,
        BilledCost: tokenCost, EffectiveCost: tokenCost, ListCost: tokenCost, ContractedCost: tokenCost,
        ChargeCategory: "Usage",
        ChargeDescription: `AI model tokens used by ${s.subAccountName}, simulated week ${s.week}${f < 1 ? ` (${Math.round(f * 7)} of 7 days)` : ""}`,
        ChargeFrequency: "Usage-Based",
        ConsumedQuantity: s.tokens * f,
        ConsumedUnit: "Tokens",
        ListUnitPrice: listPricePerM,
        ContractedUnitPrice: listPricePerM,
        PricingQuantity: (s.tokens * f) / TOKENS_PER_PRICING_UNIT,
        PricingUnit: "1000000 Tokens",
        ServiceName: "AI coding assistant tokens",
        x_TokensWasted: s.wasted * f,
      });
      if (s.seatCost > 0 && seatUsdPerMonth > 0) {
        const seatCost = s.seatCost * f;
        rows.push({
          ...common,
          BilledCost: seatCost, EffectiveCost: seatCost, ListCost: seatCost, ContractedCost: seatCost,
          ChargeCategory: "Purchase",
          ChargeDescription: `AI coding assistant seat licences of ${s.subAccountName} at $${seatUsdPerMonth}/seat-month, simulated week ${s.week}`,
          ChargeFrequency: "Recurring",
          ConsumedQuantity: "",
          ConsumedUnit: "",
          ListUnitPrice: seatUsdPerMonth,
          ContractedUnitPrice: seatUsdPerMonth,
          PricingQuantity: seatCost / seatUsdPerMonth,
          PricingUnit: "Seat-Months",
          ServiceName: "AI coding assistant seats",
          x_TokensWasted: 0,
        });
      }
    }
  }
  return rows;
}
