// Axes with grid lines and unit labels, drawn by d3-axis into a plot group whose origin is the plot's top left.
// Tick labels are measured: a tick whose label would touch its neighbour's is dropped. An axis of a quantity
// whose natural origin is 0 but whose domain leaves 0 out gets a break mark at its start and a note saying
// where it starts, so a reader never takes a zoomed axis for one from 0.
import * as d3 from "d3";
import type { Frame, G } from "./frame.js";
import { GRID, INK } from "./palette.js";
import { textWidth, wrapText } from "./text.js";

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
  /** Explicit tick values (thinned like the others when their labels would touch). */
  xTickValues?: number[];
  /** Ticks that must stay when labels are thinned (e.g. 1× on a ratio axis). */
  keepX?: number[];
  /**
   * Axes of quantities measured from 0 (totals, counts): when the domain leaves 0 out, the axis gets a break
   * mark and `frame` a note. Ratios on log scales and shares drawn from 0 need nothing.
   */
  fromZero?: { x?: boolean; y?: boolean; frame: Frame; what?: { x?: string; y?: string } };
}

const TICK_FONT = 10;
/** Smallest gap between two tick labels, px. */
const TICK_GAP = 6;

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

/**
 * The ticks whose labels do not touch: `keep` first, then the others in order of position, each only when its
 * label clears every label already placed by TICK_GAP. `extent(v)` is the label's [start, end] along the axis.
 */
export function thinTicks(values: readonly number[], extent: (v: number) => [number, number], keep: readonly number[] = []): number[] {
  const placed: [number, number][] = [];
  const out: number[] = [];
  const clear = (e: [number, number]) => placed.every(([a, b]) => e[1] + TICK_GAP <= a || e[0] >= b + TICK_GAP);
  for (const v of [...values.filter((x) => keep.includes(x)), ...values.filter((x) => !keep.includes(x))]) {
    const e = extent(v);
    if (!clear(e)) continue;
    placed.push(e);
    out.push(v);
  }
  return values.filter((v) => out.includes(v));
}

export function axes(g: G, o: AxesOptions): void {
  const xAll = o.xTickValues ?? ticksOf(o.x, o.xTicks ?? 6);
  const xt = thinTicks(xAll, (v) => {
    const w = textWidth(o.xFormat(v), TICK_FONT);
    return [o.x(v) - w / 2, o.x(v) + w / 2];
  }, o.keepX);
  const yt = thinTicks(ticksOf(o.y, o.yTicks ?? 5), (v) => [o.y(v) - TICK_FONT * 0.6, o.y(v) + TICK_FONT * 0.6]);
  const grid = g.append("g").attr("stroke", GRID).attr("stroke-width", 1);
  for (const v of yt) grid.append("line").attr("x1", 0).attr("x2", o.width).attr("y1", o.y(v)).attr("y2", o.y(v));
  for (const v of xt) grid.append("line").attr("y1", 0).attr("y2", o.height).attr("x1", o.x(v)).attr("x2", o.x(v));

  const xa = g.append("g").attr("transform", `translate(0,${o.height})`)
    .call(d3.axisBottom(o.x as d3.AxisScale<number>).tickValues(xt).tickFormat((v) => o.xFormat(+v)).tickSizeOuter(0));
  const ya = g.append("g").call(d3.axisLeft(o.y as d3.AxisScale<number>).tickValues(yt).tickFormat((v) => o.yFormat(+v)).tickSizeOuter(0));
  for (const a of [xa, ya]) {
    a.attr("font-family", null).attr("font-size", TICK_FONT).attr("fill", null);
    a.selectAll("path, line").attr("stroke", INK);
    a.selectAll("text").attr("fill", INK);
  }
  if (o.xLabel) {
    const lines = wrapText(o.xLabel, o.width, { fontSize: 11 });
    const t = g.append("text").attr("x", o.width / 2).attr("y", o.height + 32).attr("text-anchor", "middle");
    lines.forEach((l, i) => (lines.length === 1 ? t.text(l) : t.append("tspan").attr("x", o.width / 2).attr("dy", i === 0 ? 0 : 14).text(l)));
  }
  if (o.yLabel) {
    // The title sits left of the widest tick label; a title longer than the axis wraps outwards.
    const tickW = Math.max(0, ...yt.map((v) => textWidth(o.yFormat(v), TICK_FONT)));
    const lines = wrapText(o.yLabel, Math.max(40, o.height), { fontSize: 11 });
    const x = -(9 + tickW + 8) - (lines.length - 1) * 14;
    const t = g.append("text").attr("transform", `translate(${x},${o.height / 2}) rotate(-90)`).attr("text-anchor", "middle");
    lines.forEach((l, i) => (lines.length === 1 ? t.text(l) : t.append("tspan").attr("x", 0).attr("dy", i === 0 ? 0 : 14).text(l)));
  }
  if (o.fromZero) markBreaks(g, o, o.fromZero);
}

/** A zig-zag across the start of each axis whose domain leaves out a natural 0, and a note naming its start. */
function markBreaks(g: G, o: AxesOptions, z: NonNullable<AxesOptions["fromZero"]>): void {
  const [y0, y1] = o.y.domain();
  if (z.y && y0 > 0 && y1 > y0) {
    g.append("path").attr("class", "axis-break").attr("d", `M-5,${o.height - 6}l10,-4M-5,${o.height - 11}l10,-4`).attr("stroke", INK).attr("stroke-width", 1.2)
      .attr("fill", "none");
    z.frame.note(`The ${z.what?.y ?? "y"} axis starts near the data, not at 0 (the break mark on the axis), to show the differences.`);
  }
  const [x0, x1] = o.x.domain();
  if (z.x && x0 > 0 && x1 > x0) {
    g.append("path").attr("class", "axis-break").attr("d", `M6,${o.height + 5}l4,-10M11,${o.height + 5}l4,-10`).attr("stroke", INK).attr("stroke-width", 1.2)
      .attr("fill", "none");
    z.frame.note(`The ${z.what?.x ?? "x"} axis starts near the data, not at 0 (the break mark on the axis), to show the differences.`);
  }
}
