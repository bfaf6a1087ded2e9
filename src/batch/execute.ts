// One task of a batch: simulate one replicate of one unit and keep its summary rows, with every number
// rounded exactly as the CSV writes it, so that results aggregated in memory and results read back from
// shard files are the same numbers.
import { simulate } from "../model/simulate.js";
import { cell } from "../output/format.js";
import { summaryRows, type Row } from "../output/rows.js";
import type { Scenario } from "../scenario/schema.js";

export function canonical(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === "number" ? Number(cell(v)) : v;
  return out;
}

export function runTask(scenario: Scenario, replicate: number): Row[] {
  return summaryRows(simulate(scenario, replicate)).map(canonical);
}
