// Plot areas: one panel, or small multiples in a grid (one panel per arm), with fixed margins for axes. Panel
// titles wrap to the panel's width (up to three lines); the top margin grows to hold the longest.
import type { Frame, G } from "./frame.js";
import { lineHeight, wrapText } from "./text.js";

export const MARGIN = { left: 66, right: 28, top: 24, bottom: 46 };

export interface Panel {
  g: G;
  /** Inner plot size in px (inside the margins). */
  width: number;
  height: number;
  /** Left edge of the plot in the svg's coordinates (for labels drawn outside the plot group). */
  x0: number;
}

export interface PanelOptions {
  maxCols?: number;
  /** Extra room right of each plot, px (direct labels at line ends). */
  right?: number;
}

/** Lays out `n` panels in up to `maxCols` columns from y = `top`; returns panels and the bottom y. */
export function panels(f: Frame, n: number, top: number, totalWidth: number, panelHeight: number, titles: string[], o: PanelOptions = {}): { panels: Panel[]; bottom: number } {
  const cols = Math.max(1, Math.min(n, o.maxCols ?? 3));
  const rows = Math.ceil(n / cols);
  const pw = (totalWidth - 8) / cols;
  const width = pw - MARGIN.left - MARGIN.right - (o.right ?? 0);
  const style = { fontSize: 11, weight: "bold" as const };
  const titleLines = Math.min(3, Math.max(1, ...titles.map((t) => (t ? wrapText(t, width + (o.right ?? 0), style).length : 1))));
  const extra = (titleLines - 1) * lineHeight(11);
  const out: Panel[] = [];
  for (let i = 0; i < n; i++) {
    const x0 = 8 + (i % cols) * pw + MARGIN.left;
    const y0 = top + Math.floor(i / cols) * (panelHeight + extra);
    const g = f.svg.append("g").attr("transform", `translate(${x0},${y0 + MARGIN.top + extra})`) as G;
    const height = panelHeight - MARGIN.top - MARGIN.bottom;
    if (titles[i]) f.label(g, 0, -8 - extra, titles[i], { maxWidth: width + (o.right ?? 0), maxLines: 3, weight: "bold" });
    out.push({ g, width, height, x0 });
  }
  return { panels: out, bottom: top + rows * (panelHeight + extra) };
}
