// A legend drawn as rows of swatches and labels laid out from measured widths, wrapping to the chart's width;
// a label wider than a row wraps onto more lines, never cut. Entries that name arms carry the arms' keys
// (data-keys), so report.html can hide an arm by a click on its entry. Returns the height it used.
import type { Frame, G, Svg } from "./frame.js";
import { markerPath } from "./palette.js";
import { lineHeight, textWidth, wrapText } from "./text.js";

export interface LegendItem {
  label: string;
  color: string;
  /** Swatch: a line (solid or with `dash`), a filled square, a dot, or a ring (outlined dot). */
  kind: "line" | "dash" | "rect" | "dot" | "ring";
  /** Shape of a "dot" swatch (default circle). */
  symbol?: "circle" | "square" | "diamond";
  /** Dash pattern of a "line" swatch (null or absent: solid). */
  dash?: string | null;
  /** Series keys this entry names: a click in report.html hides or shows the marks with these keys. */
  keys?: readonly string[];
}

const SWATCH = 18;
const GAP = 6;
const SPACING = 16;
const LH = lineHeight(11);

export function legend(f: Frame, parent: Svg | G, x: number, y: number, maxWidth: number, items: readonly LegendItem[]): number {
  if (items.length === 0) return 0;
  const g = parent.append("g").attr("class", "legend").attr("transform", `translate(${x},${y})`);
  let cx = 0;
  let rowTop = 0;
  let rowLines = 1;
  for (const item of items) {
    const lines = wrapText(item.label, maxWidth - SWATCH - GAP, { fontSize: 11 });
    const w = SWATCH + GAP + Math.max(...lines.map((l) => textWidth(l))) + SPACING;
    if (cx > 0 && cx + w - SPACING > maxWidth) {
      cx = 0;
      rowTop += rowLines * LH + 4;
      rowLines = 1;
    }
    const it = g.append("g").attr("transform", `translate(${cx},${rowTop})`);
    if (item.keys?.length) it.attr("class", "legend-item").attr("data-keys", item.keys.join(" "));
    swatch(it, item);
    f.label(it, SWATCH + GAP, 4, item.label, { maxWidth: maxWidth - SWATCH - GAP, maxLines: lines.length });
    rowLines = Math.max(rowLines, lines.length);
    cx += w;
  }
  return rowTop + rowLines * LH + 4;
}

function swatch(g: G, item: LegendItem): void {
  switch (item.kind) {
    case "line":
    case "dash":
      g.append("line").attr("x1", 0).attr("x2", SWATCH).attr("y1", 0).attr("y2", 0).attr("stroke", item.color).attr("stroke-width", 2.5)
        .attr("stroke-dasharray", item.kind === "dash" ? "5,3" : (item.dash ?? null));
      break;
    case "rect":
      g.append("rect").attr("x", 3).attr("y", -6).attr("width", 12).attr("height", 12).attr("fill", item.color).attr("fill-opacity", 0.85);
      break;
    case "dot":
      if (item.symbol && item.symbol !== "circle") g.append("path").attr("d", markerPath(item.symbol, SWATCH / 2, 0, 4.5)).attr("fill", item.color);
      else g.append("circle").attr("cx", SWATCH / 2).attr("cy", 0).attr("r", 4).attr("fill", item.color);
      break;
    case "ring":
      g.append("circle").attr("cx", SWATCH / 2).attr("cy", 0).attr("r", 4).attr("fill", "none").attr("stroke", item.color).attr("stroke-width", 1.5);
      break;
  }
}
