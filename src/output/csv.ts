// CSV text from rows: fixed column order, numbers through `cell`, text cells guarded against formula
// injection (a spreadsheet would run a cell starting with = + - @ as a formula; a leading ' stops it).
import { stringify } from "csv-stringify/sync";
import { cell } from "./format.js";
import type { Row } from "./rows.js";

export function textCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** The header line of a CSV with these columns. */
export function csvHeader(columns: readonly string[]): string {
  return stringify([columns as string[]], { record_delimiter: "\n" });
}

/** CSV lines for rows, without the header (for files written a chunk at a time). */
export function csvLines(columns: readonly string[], rows: readonly Row[]): string {
  const records = rows.map((row) =>
    columns.map((c) => {
      const v = row[c];
      if (v === undefined) throw new Error(`row has no column ${c}`);
      return typeof v === "number" ? cell(v) : textCell(v);
    }),
  );
  return stringify(records, { record_delimiter: "\n" });
}

export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  return csvHeader(columns) + csvLines(columns, rows);
}
