// Number formatting for CSV cells: finite, locale-free, ten significant digits, so the same numbers give
// the same bytes on every machine.

/**
 * A CSV cell for a number: `String(Number(x.toPrecision(10)))`, the shortest text of x rounded to ten
 * significant digits. Throws on NaN or Infinity (a bug: the model's invariants forbid them). Kept over
 * d3-format's ".10~g", which writes other bytes (12345678901.5: "1.23456789e+10", not "12345678900").
 */
export function cell(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`non-finite number in output: ${x}`);
  if (Number.isInteger(x)) return String(x);
  const p = x.toPrecision(10);
  // Without an exponent (|x| in [1e-6, 1e10)), that text is p without the trailing zeros of its fraction: a
  // decimal of at most 15 significant digits is the shortest that gives back its double, and JavaScript
  // prints numbers of that size without an exponent too. It saves parsing and printing again: a developers
  // table of a million rows has 21 million cells (tests/format.property.test.ts checks the two agree).
  if (p.includes("e")) return String(Number(p));
  if (!p.includes(".")) return p;
  let end = p.length;
  while (p.charCodeAt(end - 1) === 48) end--; // "0"
  if (p.charCodeAt(end - 1) === 46) end--; // "."
  return p.slice(0, end);
}

/** A ratio that is 0 when the denominator is 0 (documented per column). */
export function safeRatio(a: number, b: number): number {
  return b !== 0 ? a / b : 0;
}
