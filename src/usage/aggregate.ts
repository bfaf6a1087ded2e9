// Usage records to the organisation's weekly figures: tokens per user per ISO week (Monday to Sunday, UTC),
// the weekly-active share, the median and top-decile weekly tokens, cost per active day and the token mix.
//
// Definitions (mirroring the simulator's headline, src/model/headline.ts):
//  - weeks used: the ISO weeks wholly inside the export's span (first to last day covered); partial weeks at
//    either end would understate weekly tokens. When no week is whole, every week touched is used (warning).
//  - users seen: every user with a record, even one with zero tokens.
//  - a user is active in a week when they spent any tokens in it; weekly-active share = active / users seen,
//    averaged over the weeks used.
//  - T = a user's mean weekly tokens over the weeks used (zero weeks included); active users: T > 0.
//  - median = median of T over active users; top decile = the ceil(10%) active users with the largest T;
//    ratio = mean T of the top decile / median.
//  - cost per active day = cost / user-days with tokens (records that carry a cost only).
import { medianSorted } from "../stats/order-statistics.js";
import type { UsageRecord } from "./types.js";

const DAY_MS = 86_400_000;

// ISO weeks by UTC arithmetic, kept over date-fns: its week functions read a Date in local time (in Los Angeles
// 2026-01-05T00:00Z falls in 2026-W01), so results would depend on the machine's time zone.

/** The Monday (YYYY-MM-DD) of the ISO week holding `day`. */
export function isoMonday(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  return new Date(t - dow * DAY_MS).toISOString().slice(0, 10);
}

/** ISO week label, e.g. "2026-W02", of a Monday. */
export function isoWeekLabel(monday: string): string {
  const thursday = new Date(Date.parse(`${monday}T00:00:00Z`) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - jan1) / DAY_MS / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

export interface UserSummary {
  user: string;
  /** Mean weekly tokens over the weeks used. */
  meanWeeklyTokens: number;
  activeWeeks: number;
  activeDays: number;
  tokens: number;
  costUsd: number | null;
}

export interface WeekSummary {
  monday: string;
  label: string;
  activeUsers: number;
  tokens: number;
}

export interface UsageSummary {
  firstDay: string;
  lastDay: string;
  weeks: WeekSummary[];
  partialWeeksOnly: boolean;
  usersSeen: number;
  activeUsers: number;
  weeklyActiveShare: number;
  lastWeekActiveShare: number;
  medianWeeklyTokens: number;
  topDecileWeeklyTokens: number;
  topDecileRatio: number;
  tokens: { input: number; output: number; cacheRead: number; cacheWrite: number; total: number };
  /** Cost of the records that carry one (USD), their tokens and active user-days; null when none does. */
  cost: { usd: number; tokens: number; activeDays: number; medianPerActiveDayUsd: number } | null;
  users: UserSummary[];
}

export function summarise(records: readonly UsageRecord[], coveredDays: ReadonlySet<string>): UsageSummary {
  const days = [...coveredDays, ...records.map((r) => r.day)].sort();
  if (days.length === 0) throw new Error("summarise needs at least one record or covered day");
  const firstDay = days[0];
  const lastDay = days[days.length - 1];
  // Whole ISO weeks inside [firstDay, lastDay].
  const mondays: string[] = [];
  for (let m = isoMonday(firstDay); m <= lastDay; m = addDays(m, 7)) {
    if (m >= firstDay && addDays(m, 6) <= lastDay) mondays.push(m);
  }
  const partialWeeksOnly = mondays.length === 0;
  if (partialWeeksOnly) for (let m = isoMonday(firstDay); m <= lastDay; m = addDays(m, 7)) mondays.push(m);
  const weekIndex = new Map(mondays.map((m, i) => [m, i]));
  const nw = mondays.length;

  interface Acc { weekly: Float64Array; activeDays: Set<string>; tokens: number; cost: number; costed: boolean; costDays: Set<string> }
  const users = new Map<string, Acc>();
  const mix = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0, total: 0 };
  let costUsd = 0, costTokens = 0, anyCost = false;
  for (const r of records) {
    let acc = users.get(r.user);
    if (!acc) users.set(r.user, (acc = { weekly: new Float64Array(nw), activeDays: new Set(), tokens: 0, cost: 0, costed: false, costDays: new Set() }));
    const w = weekIndex.get(isoMonday(r.day));
    if (w === undefined) continue; // outside the weeks used
    const t = r.input + r.output + r.cacheRead + r.cacheWrite;
    acc.weekly[w] += t;
    acc.tokens += t;
    if (t > 0) acc.activeDays.add(r.day);
    mix.input += r.input;
    mix.output += r.output;
    mix.cacheRead += r.cacheRead;
    mix.cacheWrite += r.cacheWrite;
    mix.total += t;
    if (r.costUsd !== null) {
      anyCost = true;
      acc.costed = true;
      acc.cost += r.costUsd;
      if (t > 0) acc.costDays.add(r.day);
      costUsd += r.costUsd;
      costTokens += t;
    }
  }
  const weeks: WeekSummary[] = mondays.map((monday, i) => {
    let active = 0, tokens = 0;
    for (const acc of users.values()) {
      if (acc.weekly[i] > 0) active++;
      tokens += acc.weekly[i];
    }
    return { monday, label: isoWeekLabel(monday), activeUsers: active, tokens };
  });
  const seen = users.size;
  const summaries: UserSummary[] = [...users.entries()].map(([user, acc]) => ({
    user,
    meanWeeklyTokens: acc.tokens / nw,
    activeWeeks: acc.weekly.reduce((a, x) => a + (x > 0 ? 1 : 0), 0),
    activeDays: acc.activeDays.size,
    tokens: acc.tokens,
    costUsd: acc.costed ? acc.cost : null,
  }));
  const active = summaries.filter((u) => u.meanWeeklyTokens > 0).sort((a, b) => b.meanWeeklyTokens - a.meanWeeklyTokens || (a.user < b.user ? -1 : 1));
  const m = active.length;
  const top = Math.ceil(m / 10);
  const topMean = m === 0 ? 0 : active.slice(0, top).reduce((a, u) => a + u.meanWeeklyTokens, 0) / top;
  const med = medianSorted(active.map((u) => u.meanWeeklyTokens).reverse());
  const perDay: number[] = [];
  let costDays = 0;
  for (const acc of users.values()) {
    if (acc.costed && acc.costDays.size > 0) {
      perDay.push(acc.cost / acc.costDays.size);
      costDays += acc.costDays.size;
    }
  }
  perDay.sort((a, b) => a - b);
  return {
    firstDay,
    lastDay,
    weeks,
    partialWeeksOnly,
    usersSeen: seen,
    activeUsers: m,
    weeklyActiveShare: seen === 0 ? 0 : weeks.reduce((a, w) => a + w.activeUsers, 0) / weeks.length / seen,
    lastWeekActiveShare: seen === 0 ? 0 : weeks[weeks.length - 1].activeUsers / seen,
    medianWeeklyTokens: med,
    topDecileWeeklyTokens: topMean,
    topDecileRatio: med > 0 ? topMean / med : 0,
    tokens: mix,
    cost: anyCost ? { usd: costUsd, tokens: costTokens, activeDays: costDays, medianPerActiveDayUsd: medianSorted(perDay) } : null,
    users: summaries,
  };
}
