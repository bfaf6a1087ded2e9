// A legend drawn as rows of swatches and labels, wrapping to the chart's width; returns the height it used.
import type { G, Svg } from "./frame.js";
import { fit } from "./frame.js";
import { textWidth } from "./format.js";

export interface LegendItem {
  label: string;
  color: string;
  /** Swatch: a solid or dashed line, a filled square, a dot, or a ring (outlined dot). */
  kind: "line" | "dash" | "rect" | "dot" | "ring";
}

const ROW = 18;
const SWATCH = 18;

export function legend(parent: Svg | G, x: number, y: number, maxWidth: number, items: LegendItem[]): number {
  if (items.length === 0) return 0;
  const g = parent.append("g").attr("class", "legend").attr("transform", `translate(${x},${y})`);
  let cx = 0;
  let row = 0;
  for (const item of items) {
    const label = fit(item.label, maxWidth - SWATCH - 6);
    const w = SWATCH + 6 + textWidth(label) + 16;
    if (cx > 0 && cx + w > maxWidth) {
      cx = 0;
      row++;
    }
    const it = g.append("g").attr("transform", `translate(${cx},${row * ROW})`);
    swatch(it, item);
    it.append("text").attr("x", SWATCH + 6).attr("y", 4).text(label);
    cx += w;
  }
  return (row + 1) * ROW;
}

function swatch(g: G, item: LegendItem): void {
  switch (item.kind) {
    case "line":
    case "dash":
      g.append("line").attr("x1", 0).attr("x2", SWATCH).attr("y1", 0).attr("y2", 0).attr("stroke", item.color).attr("stroke-width", 2.5)
        .attr("stroke-dasharray", item.kind === "dash" ? "5,3" : null);
      break;
    case "rect":
      g.append("rect").attr("x", 3).attr("y", -6).attr("width", 12).attr("height", 12).attr("fill", item.color).attr("fill-opacity", 0.85);
      break;
    case "dot":
      g.append("circle").attr("cx", SWATCH / 2).attr("cy", 0).attr("r", 4).attr("fill", item.color);
      break;
    case "ring":
      g.append("circle").attr("cx", SWATCH / 2).attr("cy", 0).attr("r", 4).attr("fill", "none").attr("stroke", item.color).attr("stroke-width", 1.5);
      break;
  }
}
