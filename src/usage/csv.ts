// Plain CSV usage: a header `user,date,input_tokens,output_tokens,cache_read_tokens,cost_usd` (any order;
// an optional `cache_write_tokens` column), one row per user per UTC day (several rows for one user and day,
// e.g. one per model, add up). input_tokens are uncached input. An empty cost_usd cell means "no cost known".
import { parse } from "csv-parse/sync";
import { parseTime, utcDay } from "./fields.js";
import { readText } from "./pages.js";
import { emptyParsed, type ParsedUsage, type Problems } from "./types.js";

const REQUIRED = ["user", "date", "input_tokens", "output_tokens", "cache_read_tokens", "cost_usd"] as const;
const OPTIONAL = ["cache_write_tokens"] as const;

export function parseUsageCsv(files: readonly string[], problems: Problems): ParsedUsage {
  const out = emptyParsed("user column");
  for (const file of files) {
    const text = readText(file, problems);
    if (text === undefined) continue;
    if (/^\s*[[{]/.test(text)) {
      problems.add(`${file}: looks like JSON, not CSV (check --format)`);
      continue;
    }
    let records: string[][];
    try {
      records = parse(text, { relax_column_count: false, skip_empty_lines: true, bom: true, trim: true }) as string[][];
    } catch (e) {
      const err = e as Error & { lines?: number };
      problems.add(`${file}: ${err.lines ? `line ${err.lines}: ` : ""}malformed CSV (${err.message.split("\n")[0]})`);
      continue;
    }
    if (records.length === 0) {
      problems.add(`${file}: empty (expected a header row: ${REQUIRED.join(",")})`);
      continue;
    }
    const header = records[0];
    const missing = REQUIRED.filter((c) => !header.includes(c));
    const unknown = header.filter((c) => !(REQUIRED as readonly string[]).includes(c) && !(OPTIONAL as readonly string[]).includes(c));
    if (missing.length) problems.add(`${file}: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (header must be ${REQUIRED.join(",")})`);
    for (const c of unknown) problems.add(`${file}: ${JSON.stringify(c)}: unknown column (known: ${[...REQUIRED, ...OPTIONAL].join(", ")})`);
    if (missing.length || unknown.length) continue;
    const col = (name: string) => header.indexOf(name);
    for (let r = 1; r < records.length; r++) {
      const rec = records[r];
      const where = `${file}: row ${r}`;
      const before = problems.count;
      const count = (name: string): number => {
        const i = col(name);
        if (i < 0) return 0;
        const s = rec[i];
        const v = s === "" ? NaN : Number(s);
        if (!Number.isSafeInteger(v) || v < 0) problems.add(`${where}: ${name}: must be a non-negative integer, got ${JSON.stringify(s)}`);
        return v;
      };
      const user = rec[col("user")];
      if (user === "") problems.add(`${where}: user: must not be empty`);
      const date = rec[col("date")];
      const t = parseTime(date);
      if (Number.isNaN(t)) problems.add(`${where}: date: must be a UTC date (YYYY-MM-DD), got ${JSON.stringify(date)}`);
      const input = count("input_tokens");
      const output = count("output_tokens");
      const cacheRead = count("cache_read_tokens");
      const cacheWrite = count("cache_write_tokens");
      const costCell = rec[col("cost_usd")];
      const cost = costCell === "" ? null : Number(costCell);
      if (cost !== null && (!Number.isFinite(cost) || cost < 0)) problems.add(`${where}: cost_usd: must be a non-negative number or empty, got ${JSON.stringify(costCell)}`);
      if (problems.count > before) continue;
      const day = utcDay(t);
      out.coveredDays.add(day);
      out.records.push({ user: `csv:${user}`, day, input, output, cacheRead, cacheWrite, costUsd: cost });
    }
  }
  return out;
}
