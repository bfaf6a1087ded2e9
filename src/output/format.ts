// Number formatting for CSV cells: finite, locale-free, ten significant digits, so the same numbers give
// the same bytes on every machine.

/** A CSV cell for a number; throws on NaN or Infinity (a bug: the model's invariants forbid them). */
export function cell(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`non-finite number in output: ${x}`);
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(10)));
}

/** A ratio that is 0 when the denominator is 0 (documented per column). */
export function safeRatio(a: number, b: number): number {
  return b !== 0 ? a / b : 0;
}
