// Reading chart data out of RunTables. Numbers pass through the same 10-significant-digit rounding the CSV
// files use, so charts drawn from memory (during `run`) and from the files (`chart DIR`) get identical input.
import type { Row } from "../rows.js";
import type { RunTables } from "../tables.js";

/** A numeric cell as the CSV would store it; NaN when missing or non-finite (callers drop such points). */
export function num(row: Row, column: string): number {
  const v = row[column];
  if (typeof v !== "number" || !Number.isFinite(v)) return NaN;
  return Number.isInteger(v) ? v : Number(v.toPrecision(10));
}

/** A text cell. */
export function text(row: Row, column: string): string {
  const v = row[column];
  return v === undefined ? "" : String(v);
}

/** Arm names in scenario order, then any arm found only in the tables (in order of first appearance). */
export function armNames(t: RunTables): string[] {
  const names: string[] = [];
  const add = (n: string) => {
    if (!names.includes(n)) names.push(n);
  };
  for (const a of t.manifest.scenario?.arms ?? []) add(String(a.name));
  for (const rows of [t.summary, t.timeseries, t.developers]) for (const r of rows) add(text(r, "arm"));
  return names.filter((n) => rows(t).has(n));
}

function rows(t: RunTables): Set<string> {
  const s = new Set<string>();
  for (const r of t.summary) s.add(text(r, "arm"));
  for (const r of t.timeseries) s.add(text(r, "arm"));
  return s;
}

/** Weekly series of one arm: the mean over replicates of each column, by week (ascending). */
export function weekly(t: RunTables, arm: string, columns: string[]): { week: number; values: Record<string, number> }[] {
  const byWeek = new Map<number, { n: number; sums: Record<string, number> }>();
  for (const r of t.timeseries) {
    if (text(r, "arm") !== arm) continue;
    const week = num(r, "week");
    if (!Number.isFinite(week)) continue;
    let e = byWeek.get(week);
    if (!e) byWeek.set(week, (e = { n: 0, sums: Object.fromEntries(columns.map((c) => [c, 0])) }));
    e.n++;
    for (const c of columns) e.sums[c] += num(r, c);
  }
  return [...byWeek.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([week, e]) => ({ week, values: Object.fromEntries(columns.map((c) => [c, e.sums[c] / e.n])) }))
    .filter((p) => columns.every((c) => Number.isFinite(p.values[c])));
}

/** The first replicate present in the developer table (charts of individuals show one replicate). */
export function firstReplicate(t: RunTables): number {
  let first = Infinity;
  for (const r of t.developers) first = Math.min(first, num(r, "replicate"));
  return Number.isFinite(first) ? first : 0;
}

/** Summary rows of one arm (one per replicate). */
export function summaryOf(t: RunTables, arm: string): Row[] {
  return t.summary.filter((r) => text(r, "arm") === arm);
}

/** Mean over replicates of a summary column for one arm (NaN when the arm has no summary row). */
export function summaryMean(t: RunTables, arm: string, column: string): number {
  const vals = summaryOf(t, arm).map((r) => num(r, column)).filter(Number.isFinite);
  return vals.length ? vals.reduce((a, b) => a + b, 0) / vals.length : NaN;
}

/** Mean, and half-width of the 95% interval (1.96·sd/√n; 0 with one replicate), of a summary column. */
export function summaryInterval(t: RunTables, arm: string, column: string): { mean: number; half: number; n: number } {
  const vals = summaryOf(t, arm).map((r) => num(r, column)).filter(Number.isFinite);
  const n = vals.length;
  if (n === 0) return { mean: NaN, half: 0, n };
  const mean = vals.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, half: 0, n };
  const sd = Math.sqrt(vals.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  return { mean, half: (1.96 * sd) / Math.sqrt(n), n };
}

/** The key of the i-th arm's marks and legend entry (report.html hides an arm by its key). */
export function armKey(i: number): string {
  return `arm-${i}`;
}

/** "; mean of 5 replicates" for subtitles of charts averaged over replicates ("" for one). */
export function replicateNote(t: RunTables): string {
  return t.manifest.replicates > 1 ? `; mean of ${t.manifest.replicates} replicates` : "";
}

/** The policies of an arm as the resolved scenario lists them (empty for an arm not in the manifest). */
export function armPolicies(t: RunTables, arm: string): ({ type: string } & Record<string, unknown>)[] {
  return t.manifest.scenario?.arms?.find((a) => String(a.name) === arm)?.policies ?? [];
}
