// One task of a batch: simulate one replicate of one unit and keep its summary rows, with every number
// rounded exactly as the CSV writes it, so that results aggregated in memory and results read back from
// shard files are the same numbers; with `focus`, also the replicate's FOCUS cost rows as CSV lines.
import { ArrayArena } from "../model/arrays.js";
import { FillScratch } from "../random/distributions.js";
import { simulate } from "../model/simulate.js";
import { csvLines } from "../output/csv.js";
import { focusColumns, focusRows } from "../output/focus.js";
import { cell } from "../output/format.js";
import { summaryRows, teamWeekRows, type Row } from "../output/rows.js";
import type { Scenario } from "../scenario/schema.js";
import { createPolicies } from "../policies/registry.js";

export interface TaskOptions {
  /** Also return the replicate's FOCUS rows (per team and week). */
  focus?: boolean;
}

export interface TaskResult {
  rows: Row[];
  /** FOCUS CSV lines (no header), when asked for. */
  focus?: string;
}

export function canonical(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === "number" ? Number(cell(v)) : v;
  return out;
}

/**
 * The replicates' arrays, recycled from task to task in this thread (see model/arrays.ts): a task has read
 * everything it needs from its replicate before it returns.
 */
const arena = new ArrayArena();
const fillScratch = new FillScratch();

export function runTask(scenario: Scenario, replicate: number, options: TaskOptions = {}): TaskResult {
  arena.recycle();
  const run = simulate(scenario, createPolicies, replicate, { teamWeeks: options.focus === true, arrays: arena, fillScratch, developerTotals: false });
  const rows = summaryRows(run).map(canonical);
  if (!options.focus) return { rows };
  const { seatUsdPerMonth } = scenario.economics;
  const focus = focusRows({ teamWeeks: teamWeekRows(run, seatUsdPerMonth) }, { scenario: scenario.name, seatUsdPerMonth, startDate: scenario.startDate });
  return { rows, focus: csvLines(focusColumns(), focus) };
}
