// Number and text formatting for chart labels and SVG attributes: short human ticks ("$1.2M", "30M tokens",
// "45%") and attribute numbers rounded to 2 decimals, so files stay small and byte-stable.

/** Rounds to 2 decimals for an SVG attribute; -0 becomes 0. */
export function r2(x: number): number {
  const v = Math.round(x * 100) / 100;
  return v === 0 ? 0 : v;
}

/** Rounds every decimal number inside an attribute value (paths, transforms) to 2 decimals. */
export function roundNumbersIn(value: string): string {
  return value.replace(/-?\d*\.\d+(?:e-?\d+)?|-?\d+e-?\d+/gi, (m) => String(r2(Number(m))));
}

const SI: [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "k"],
];

/**
 * 1234567 → "1.2M", 950 → "950", 0.25 → "0.25": two significant digits at most past the unit. Kept over
 * d3-format's "~s", which writes billions as "G" and small numbers with SI prefixes ("250m").
 */
export function short(x: number): string {
  if (!Number.isFinite(x)) return "–";
  const a = Math.abs(x);
  for (const [v, s] of SI) {
    if (a >= v) return `${trim(x / v)}${s}`;
  }
  return trim(x);
}

function trim(x: number): string {
  const a = Math.abs(x);
  const s = a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 1 ? x.toFixed(2) : a === 0 ? "0" : x.toPrecision(2);
  return s.includes(".") && !s.includes("e") ? s.replace(/\.?0+$/, "") : s;
}

/** US dollars: "$1.2M", "-$350k". */
export function usd(x: number): string {
  return x < 0 ? `-$${short(-x)}` : `$${short(x)}`;
}

/** Tokens: "30M tokens" (or "30M" when `unit` is false, for ticks). */
export function tokens(x: number, unit = false): string {
  return unit ? `${short(x)} tokens` : short(x);
}

/** A share as a percentage: 0.4476 → "45%", 0.0123 → "1.2%". */
export function pct(x: number): string {
  if (!Number.isFinite(x)) return "–";
  const p = x * 100;
  const a = Math.abs(p);
  return `${a >= 10 || a === 0 ? p.toFixed(0) : a >= 1 ? p.toFixed(1) : p.toFixed(2)}%`;
}

/** A ratio as a multiple: 9.824 → "9.8×". */
export function times(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(1)}×` : "–";
}

/** Escapes text for HTML or XML text and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Names as an English list: "a", "a and b", "a, b and c". */
export function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
