// Reads a finished run's folder back into RunTables (for `tokensim chart DIR`): the three CSVs and the manifest.
// Numeric cells become numbers, text columns (arm, level, adoption) stay strings. Any problem throws a
// UserError naming the file and row, e.g. `out/x/summary.csv: row 3: cost_usd: not a number ("abc")`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { UserError } from "../errors.js";
import type { Row } from "./rows.js";
import { chartStride } from "./sample.js";
import type { Manifest, RunTables } from "./tables.js";

/** Columns holding text; every other column must hold a finite number. */
export const TEXT_COLUMNS = new Set(["arm", "level", "adoption"]);

/** Columns the charts and report need; other columns are read and kept, so runs of older versions still draw. */
export const REQUIRED_COLUMNS = {
  timeseries: ["arm", "replicate", "week", "active_share_measured", "active_share_genuine", "tokens_useful", "tokens_wasted",
    "cumulative_cost_usd", "output", "output_without_ai"],
  developers: ["arm", "replicate", "developer", "level", "window_tokens_per_week", "window_output_per_week", "active_user"],
  summary: ["arm", "replicate", "cost_usd", "output_gain", "productivity_gain", "net_value_usd", "roi", "waste_share",
    "top_decile_token_ratio", "top_decile_token_share", "top_decile_output_ratio", "top_decile_output_ratio_causal",
    "top_decile_output_ratio_selection"],
} as const;

/**
 * The tables of a run folder. Like the tables `run` draws from (app/run-files.ts), `developers` holds only the
 * chart sample: the first replicate's developers whose index is a multiple of chartStride (output/sample.ts).
 */
export function readRunFolder(dir: string): RunTables {
  const manifest = readManifest(join(dir, "manifest.json"));
  const timeseries = readTable(join(dir, "timeseries.csv"), REQUIRED_COLUMNS.timeseries);
  const all = readTable(join(dir, "developers.csv"), REQUIRED_COLUMNS.developers);
  const summary = readTable(join(dir, "summary.csv"), REQUIRED_COLUMNS.summary);
  const stride = chartStride(Number(manifest.scenario.population?.developers) || 1);
  const first = all.reduce((m, r) => Math.min(m, r.replicate as number), Infinity);
  const developers = all.filter((r) => r.replicate === first && (r.developer as number) % stride === 0);
  return { manifest, timeseries, developers, summary };
}

function readText(file: string): string {
  if (!existsSync(file)) throw new UserError(`${file}: missing (is this the folder of a finished run?)`);
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UserError(`${file}: cannot read (${(e as Error).message})`);
  }
}

/** Parses a CSV with a header; `required` columns must be present (extra columns are kept). */
export function readTable(file: string, required: readonly string[]): Row[] {
  let records: string[][];
  try {
    records = parse(readText(file), { relax_column_count: false, skip_empty_lines: true }) as string[][];
  } catch (e) {
    if (e instanceof UserError) throw e;
    const err = e as Error & { lines?: number };
    throw new UserError(`${file}: ${err.lines ? `line ${err.lines}: ` : ""}malformed CSV (${oneLine(err.message)})`);
  }
  if (records.length === 0) throw new UserError(`${file}: empty (no header row)`);
  const header = records[0];
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new UserError(`${file}: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
  const rows: Row[] = new Array(records.length - 1);
  for (let r = 1; r < records.length; r++) {
    const rec = records[r];
    const row: Row = {};
    for (let c = 0; c < header.length; c++) {
      const name = header[c];
      const cell = rec[c];
      if (TEXT_COLUMNS.has(name)) {
        row[name] = unguard(cell);
      } else {
        const v = cell.trim() === "" ? NaN : Number(cell);
        if (!Number.isFinite(v)) throw new UserError(`${file}: row ${r}: ${name}: not a number (${JSON.stringify(cell)})`);
        row[name] = v;
      }
    }
    rows[r - 1] = row;
  }
  return rows;
}

/** Undoes the CSV writer's formula guard (a ' put before text starting with = + - @ tab or CR). */
function unguard(s: string): string {
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

function readManifest(file: string): Manifest {
  let m: unknown;
  try {
    m = JSON.parse(readText(file));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${file}: not valid JSON (${oneLine((e as Error).message)})`);
  }
  const o = m as Partial<Manifest> | null;
  const bad = (what: string) => new UserError(`${file}: ${what}`);
  if (typeof o !== "object" || o === null || Array.isArray(o)) throw bad("not a JSON object");
  if (o.tool !== "tokensim") throw bad(`tool: expected "tokensim", got ${JSON.stringify(o.tool)}`);
  if (typeof o.replicates !== "number" || !Number.isInteger(o.replicates) || o.replicates < 1) throw bad("replicates: expected a positive integer");
  const s = o.scenario;
  if (typeof s !== "object" || s === null) throw bad("scenario: missing");
  if (typeof s.name !== "string") throw bad("scenario.name: expected text");
  if (typeof s.question !== "string") throw bad("scenario.question: expected text");
  if (!Array.isArray(s.arms) || s.arms.some((a) => typeof a?.name !== "string")) throw bad("scenario.arms: expected a list of arms with names");
  return o as Manifest;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
