// Axes with grid lines and unit labels, drawn by d3-axis into a plot group whose origin is the plot's top left.
import * as d3 from "d3";
import type { G } from "./frame.js";
import { GRID, INK } from "./palette.js";

export type Scale = d3.ScaleLinear<number, number> | d3.ScaleLogarithmic<number, number>;

export interface AxesOptions {
  x: Scale;
  y: Scale;
  width: number;
  height: number;
  xFormat: (v: number) => string;
  yFormat: (v: number) => string;
  /** Axis titles, with units, e.g. "Tokens per week (log scale)". Empty to omit. */
  xLabel: string;
  yLabel: string;
  xTicks?: number;
  yTicks?: number;
}

/** Ticks for a scale: log scales keep only powers of ten (and 2·, 5· when the range is short). */
function ticksOf(scale: Scale, count: number): number[] {
  const t = scale.ticks(count);
  if (!("base" in scale)) return t;
  const [a, b] = scale.domain();
  const decades = Math.log10(b / a);
  return t.filter((v) => {
    const m = Math.round(v / 10 ** Math.floor(Math.log10(v) + 1e-9));
    return m === 1 || (decades < 3 && (m === 2 || m === 5));
  });
}

export function axes(g: G, o: AxesOptions): void {
  const xt = ticksOf(o.x, o.xTicks ?? 6);
  const yt = ticksOf(o.y, o.yTicks ?? 5);
  const grid = g.append("g").attr("stroke", GRID).attr("stroke-width", 1);
  for (const v of yt) grid.append("line").attr("x1", 0).attr("x2", o.width).attr("y1", o.y(v)).attr("y2", o.y(v));
  for (const v of xt) grid.append("line").attr("y1", 0).attr("y2", o.height).attr("x1", o.x(v)).attr("x2", o.x(v));

  const xa = g.append("g").attr("transform", `translate(0,${o.height})`)
    .call(d3.axisBottom(o.x as d3.AxisScale<number>).tickValues(xt).tickFormat((v) => o.xFormat(+v)).tickSizeOuter(0));
  const ya = g.append("g").call(d3.axisLeft(o.y as d3.AxisScale<number>).tickValues(yt).tickFormat((v) => o.yFormat(+v)).tickSizeOuter(0));
  for (const a of [xa, ya]) {
    a.attr("font-family", null).attr("font-size", 10).attr("fill", null);
    a.selectAll("path, line").attr("stroke", INK);
    a.selectAll("text").attr("fill", INK);
  }
  if (o.xLabel) g.append("text").attr("x", o.width / 2).attr("y", o.height + 32).attr("text-anchor", "middle").text(o.xLabel);
  if (o.yLabel) {
    g.append("text").attr("transform", `translate(-50,${o.height / 2}) rotate(-90)`).attr("text-anchor", "middle").text(o.yLabel);
  }
}
