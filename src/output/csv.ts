// CSV text from rows: fixed column order, numbers through `cell`, text cells guarded against formula
// injection (a spreadsheet would run a cell starting with = + - @ as a formula; a leading ' stops it).
import { stringify } from "csv-stringify/sync";
import { cell } from "./format.js";
import type { Row } from "./rows.js";

export function textCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const records = rows.map((row) =>
    columns.map((c) => {
      const v = row[c];
      if (v === undefined) throw new Error(`row has no column ${c}`);
      return typeof v === "number" ? cell(v) : textCell(v);
    }),
  );
  return stringify(records, { header: true, columns: columns as string[], record_delimiter: "\n" });
}
