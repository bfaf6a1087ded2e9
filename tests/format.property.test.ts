// CSV cells and lines are written by hand-tuned code for speed; these properties hold them to the plain
// definitions: a number's cell is String(Number(x.toPrecision(10))), and lines are what csv-stringify writes.
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvLines, textCell } from "../src/output/csv.js";
import { cell } from "../src/output/format.js";
import type { Row } from "../src/output/rows.js";

const reference = (x: number) => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(10))));

describe("a number's CSV cell", () => {
  it("is the shortest text of the number to ten significant digits, for any finite double", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => cell(x) === reference(x)), { numRuns: 20_000 });
  });

  it("is that text around the edges of fixed notation and of rounding", () => {
    // Magnitudes where toPrecision(10) switches between fixed and exponent notation, and values that round up
    // to a power of ten or to an integer.
    fc.assert(
      fc.property(fc.integer({ min: -9, max: 12 }), fc.double({ min: 1, max: 10, noNaN: true }), fc.boolean(), (e, m, negative) => {
        const x = (negative ? -1 : 1) * m * 10 ** e;
        return cell(x) === reference(x);
      }),
      { numRuns: 20_000 },
    );
    const edges = [0.1, 0.5, -0.25, 1e-6, 9.9999999995e-7, 1.0000000001e-6, 9999999999.5, 9999999999.4, 1234567890.4, 0.30000000000000004, 123.45, 100.00000000001, -0.000123456789012, 5e-324, 1.7976931348623157e308];
    for (const x of edges) expect(cell(x), String(x)).toBe(reference(x));
    expect(cell(100.00000000001)).toBe("100");
    expect(cell(0.30000000000000004)).toBe("0.3");
    expect(() => cell(Number.NaN)).toThrow(/non-finite/);
  });
});

describe("CSV lines", () => {
  it("are the bytes csv-stringify writes for the same records, text quoted and guarded alike", () => {
    const text = fc.oneof(fc.constantFrom("organic", "quota-80", "", "a,b", 'say "hi"', "two\nlines", "=SUM(A1)", "-x", "+1", "@me", " padded "), fc.string());
    const value = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.array(value, { minLength: 6, maxLength: 6 }), { maxLength: 20 }), (width, records) => {
        const columns = Array.from({ length: width }, (_, c) => `c${c}`);
        const rows: Row[] = records.map((r) => Object.fromEntries(columns.map((c, k) => [c, r[k]])));
        const expected = stringify(
          records.map((r) => r.slice(0, width).map((v) => (typeof v === "number" ? reference(v) : textCell(v)))),
          { record_delimiter: "\n" },
        );
        return csvLines(columns, rows) === expected;
      }),
      { numRuns: 2_000 },
    );
  });

  it("name a missing column", () => {
    expect(() => csvLines(["a", "b"], [{ a: 1 }])).toThrow("row has no column b");
  });
});
