// Measured text: the width of a label as the browser draws it, from Liberation Sans's advance widths (the font
// every chart names first; Arial and Helvetica have the same metrics). Labels are laid out from these widths:
// wrapped into lines that fit, or, where even that does not fit, shortened with "…" and the full text kept.
import { BOLD, REGULAR, UNITS_PER_EM } from "./font-widths.js";

/** The font every chart names: Liberation Sans (Linux), Arial (Windows, macOS), Helvetica: one set of metrics. */
export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

export type Weight = "normal" | "bold";

function table([chars, widths]: readonly [string, readonly number[]]): Map<string, number> {
  const m = new Map<string, number>();
  Array.from(chars).forEach((c, i) => m.set(c, widths[i] / UNITS_PER_EM));
  return m;
}

const EM = { normal: table(REGULAR), bold: table(BOLD) };
/** A character outside the table (a rare symbol, an emoji) is counted as one em, wider than any letter. */
const UNKNOWN = 1;

/** Width in px of `s` at `fontSize` px (no kerning: kerning only narrows these fonts' pairs, so this is an upper bound). */
export function textWidth(s: string, fontSize = 11, weight: Weight = "normal"): number {
  const em = EM[weight];
  let w = 0;
  for (const c of s) w += em.get(c) ?? UNKNOWN;
  return w * fontSize;
}

export interface TextStyle {
  fontSize: number;
  weight?: Weight;
}

/** Height in px of one line of text, baseline to baseline. */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.25);
}

/**
 * Splits `s` into lines no wider than `maxWidth`, breaking after spaces, "/", "-" and "_" (a word longer than a line
 * is broken between characters). Never drops a character: the lines joined give `s` back, spaces aside.
 */
export function wrapText(s: string, maxWidth: number, style: TextStyle): string[] {
  const w = (x: string) => textWidth(x, style.fontSize, style.weight);
  const pieces = s.match(/[^\s/_-]*[/_-]+|[^\s/_-]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  let space = false;
  for (const piece of pieces) {
    if (/^\s+$/.test(piece)) {
      space = line !== "";
      continue;
    }
    const candidate = line + (space ? " " : "") + piece;
    space = false;
    if (w(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // A piece wider than a whole line: break it between characters.
    let rest = piece;
    while (rest.length > 1 && w(rest) > maxWidth) {
      let k = 1;
      while (k < rest.length - 1 && w(rest.slice(0, k + 1)) <= maxWidth) k++;
      lines.push(rest.slice(0, k));
      rest = rest.slice(k);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

export interface FittedLabel {
  lines: string[];
  /** True when the label did not fit in `maxLines` and its last line ends in "…": the full text goes in a <title>. */
  shortened: boolean;
}

/** Wraps `s` into at most `maxLines` lines of `maxWidth`; if it needs more, the last line is cut with "…". */
export function fitLabel(s: string, maxWidth: number, maxLines: number, style: TextStyle): FittedLabel {
  const lines = wrapText(s, maxWidth, style);
  if (lines.length <= maxLines) return { lines, shortened: false };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.length > 1 && textWidth(`${last}…`, style.fontSize, style.weight) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return { lines: kept, shortened: true };
}

/** Width of the widest line. */
export function linesWidth(lines: readonly string[], style: TextStyle): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, style.fontSize, style.weight)));
}
