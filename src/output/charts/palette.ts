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

const ARM_ORDER = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.vermillion, OKABE_ITO.purple, OKABE_ITO.skyBlue, OKABE_ITO.black, OKABE_ITO.yellow];

/** Colour of the i-th arm (cycles after eight arms; the legend and line styles still tell them apart). */
export function armColor(i: number): string {
  return ARM_ORDER[i % ARM_ORDER.length];
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
