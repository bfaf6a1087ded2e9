// Plot areas: one panel, or small multiples in a grid (one panel per arm), with fixed margins for axes.
import type { G, Svg } from "./frame.js";
import { fit } from "./frame.js";

export const MARGIN = { left: 66, right: 28, top: 24, bottom: 46 };

export interface Panel {
  g: G;
  /** Inner plot size in px (inside the margins). */
  width: number;
  height: number;
}

/** Lays out `n` panels in up to `maxCols` columns from y = `top`; returns panels and the bottom y. */
export function panels(svg: Svg, n: number, top: number, totalWidth: number, panelHeight: number, titles: string[], maxCols = 3): { panels: Panel[]; bottom: number } {
  const cols = Math.max(1, Math.min(n, maxCols));
  const rows = Math.ceil(n / cols);
  const pw = (totalWidth - 8) / cols;
  const out: Panel[] = [];
  for (let i = 0; i < n; i++) {
    const x0 = 8 + (i % cols) * pw;
    const y0 = top + Math.floor(i / cols) * panelHeight;
    const g = svg.append("g").attr("transform", `translate(${x0 + MARGIN.left},${y0 + MARGIN.top})`) as G;
    const width = pw - MARGIN.left - MARGIN.right;
    const height = panelHeight - MARGIN.top - MARGIN.bottom;
    if (titles[i]) g.append("text").attr("x", 0).attr("y", -8).attr("font-weight", 600).text(fit(titles[i], width));
    out.push({ g, width, height });
  }
  return { panels: out, bottom: top + rows * panelHeight };
}
