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

/** The CSV field of each text value seen (arm names, levels, states: a few values in many rows). */
const textFields = new Map<string, string>();
const TEXT_FIELDS_KEPT = 10_000;

/** A text value as a CSV field: guarded, then quoted as csv-stringify quotes it (which depends on the value alone). */
function textField(s: string): string {
  let field = textFields.get(s);
  if (field === undefined) {
    // The record [s, ""] is written "<field>,\n".
    field = stringify([[textCell(s), ""]], { record_delimiter: "\n" }).slice(0, -2);
    if (textFields.size < TEXT_FIELDS_KEPT) textFields.set(s, field);
  }
  return field;
}

/**
 * CSV lines for rows, without the header (for files written a chunk at a time). The same bytes as csv-stringify
 * on the whole records: number cells (digits, ".", "-", "e", "+") never need quotes, and text fields are quoted by
 * csv-stringify one distinct value at a time. Joining the fields here instead of passing every record through
 * the library makes `tokensim run` at a million developers far faster (docs/PERFORMANCE.md).
 */
export function csvLines(columns: readonly string[], rows: readonly Row[]): string {
  if (rows.length === 0) return "";
  // Arrays joined rather than strings added up: join builds flat strings, where `+` would build a tree of
  // pieces that stays alive (and is copied by the garbage collector) until the text is written.
  const fields: string[] = new Array(columns.length);
  const lines: string[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < columns.length; c++) {
      const v = row[columns[c]];
      if (v === undefined) throw new Error(`row has no column ${columns[c]}`);
      fields[c] = typeof v === "number" ? cell(v) : textField(v);
    }
    lines[r] = fields.join(",");
  }
  return `${lines.join("\n")}\n`;
}

export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  return csvHeader(columns) + csvLines(columns, rows);
}
