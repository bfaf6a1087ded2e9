// The Okabe–Ito palette (Okabe & Ito 2008): eight colours told apart by readers with any common colour-vision
// deficiency. Yellow is last because it is hard to see on white.
export const OKABE_ITO = {
  blue: "#0072B2",
  orange: "#E69F00",
  green: "#009E73",
  vermillion: "#D55E00",
  purple: "#CC79A7",
  skyBlue: "#56B4E9",
  black: "#000000",
  yellow: "#F0E442",
} as const;

// Arms take six of the eight: black is kept for ink and style keys (so no arm looks like a key), yellow is too pale
// for lines on white.
const ARM_ORDER = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.vermillion, OKABE_ITO.purple, OKABE_ITO.skyBlue];
/** Dash patterns, the second channel: arm i has colour i mod 6 and dash i mod 4, so twelve arms differ in one or both. */
const ARM_DASHES: readonly (string | null)[] = [null, "7,3", "2,2", "7,3,2,3"];

/** Colour of the i-th arm. */
export function armColor(i: number): string {
  return ARM_ORDER[i % ARM_ORDER.length];
}

/** Dash pattern of the i-th arm's lines (null: solid). */
export function armDash(i: number): string | null {
  return ARM_DASHES[i % ARM_DASHES.length];
}

/** Marker shape of the i-th arm's dots, the second channel where lines have dashes: circle for the first six arms, then square, then diamond. */
export function armSymbol(i: number): "circle" | "square" | "diamond" {
  return (["circle", "square", "diamond"] as const)[Math.floor(i / ARM_ORDER.length) % 3];
}

/** Path of a marker of `shape` centred on (x, y) with about the area of a circle of radius r. */
export function markerPath(shape: "circle" | "square" | "diamond", x: number, y: number, r: number): string {
  const round = (v: number) => Math.round(v * 100) / 100;
  if (shape === "square") {
    const h = r * 0.89;
    return `M${round(x - h)},${round(y - h)}h${round(2 * h)}v${round(2 * h)}h${round(-2 * h)}z`;
  }
  if (shape === "diamond") {
    const h = r * 1.25;
    return `M${round(x)},${round(y - h)}L${round(x + h)},${round(y)}L${round(x)},${round(y + h)}L${round(x - h)},${round(y)}z`;
  }
  return `M${round(x - r)},${round(y)}a${r},${r} 0 1,0 ${round(2 * r)},0a${r},${r} 0 1,0 ${round(-2 * r)},0`;
}

/** Colours of developer levels (junior → staff), then any unknown level in grey. */
export const LEVEL_COLORS: Record<string, string> = {
  junior: OKABE_ITO.skyBlue,
  mid: OKABE_ITO.green,
  senior: OKABE_ITO.orange,
  staff: OKABE_ITO.purple,
};
export const OTHER_COLOR = "#777777";

/** Useful vs wasted tokens. */
export const USEFUL_COLOR = OKABE_ITO.blue;
export const WASTED_COLOR = OKABE_ITO.vermillion;

/** Ink for text, axes and grid lines. */
export const INK = "#222222";
export const GRID = "#e4e4e4";
/** Subtitles, notes and secondary labels. */
export const MUTED = "#555555";
/** Style keys (measured vs genuine, with vs without AI, medians, reference lines): greys, never an arm's colour. */
export const KEY = "#666666";
/** What a chart mutes to put its highlighted series in front (other arms, the counterfactual). */
export const MUTED_LINE = "#a6a6a6";
