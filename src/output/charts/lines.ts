// Line charts over weeks: the shared body of the cumulative-cost and output charts and of each active-share panel.
// Computed first, drawn last: series that would be drawn on top of each other (within LINE_TOLERANCE px at
// every point) are merged into one line carrying all their names; direct labels go at the line ends where they
// fit; every week has a hover target whose <title> lists each series' value; marks carry their arms' keys so
// report.html can hide an arm.
import * as d3 from "d3";
import { axes, type Scale } from "./axes.js";
import type { Frame, G } from "./frame.js";
import { KEY } from "./palette.js";
import { textWidth } from "./text.js";

export interface LineSeries {
  /** Arms the line belongs to (legend and hover keys). */
  keys: string[];
  /** The arms' (or lines') names: shown at the line end, in the legend and the hover. */
  names: string[];
  /** Per name, a figure for the legend ("$24.8M"). */
  details?: string[];
  color: string;
  dash: string | null;
  width?: number;
  /** Series merge only with series of the same group. */
  group?: string;
  /** An entry in the chart's legend (default true; false for lines a style key explains). */
  legend?: boolean;
  /** Draw the name at the line's end when the names fit (default true). */
  directLabel?: boolean;
  points: [number, number][];
}

/** A reference line (a target, a budget): dotted, labelled at its right end. Two points make a level line. */
export interface RefLine {
  points: [number, number][];
  label: string;
  color?: string;
  keys?: string[];
}

/** The name drawn for a (possibly merged) series. */
export function seriesName(s: LineSeries): string {
  return s.names.join(", ");
}

/** Series closer than this at every point, in px, are drawn as one line. */
export const LINE_TOLERANCE = 0.75;
const LABEL_GAP = 13;
/** Widest direct label, px; past it the legend alone names the lines. */
const MAX_LABEL = 170;
/** Farthest a direct label may move from its line's end to clear the others, px. */
const MAX_SHIFT = 36;

/** Merges series of one group that coincide on screen; the first series' style is kept, the names joined. */
export function mergeCoincident(series: readonly LineSeries[], y: (v: number) => number): LineSeries[] {
  const out: LineSeries[] = [];
  for (const s of series) {
    const same = out.find((o) => (o.group ?? "") === (s.group ?? "") && o.points.length === s.points.length &&
      o.points.every((p, i) => p[0] === s.points[i][0] && Math.abs(y(p[1]) - y(s.points[i][1])) <= LINE_TOLERANCE));
    if (same) {
      same.keys = [...same.keys, ...s.keys];
      same.names = [...same.names, ...s.names];
      if (same.details || s.details) same.details = [...(same.details ?? same.names.map(() => "")), ...(s.details ?? s.names.map(() => ""))];
    } else out.push({ ...s, keys: [...s.keys], names: [...s.names], ...(s.details ? { details: [...s.details] } : {}) });
  }
  return out;
}

/** Positions of direct labels at the line ends, pushed apart to LABEL_GAP; undefined when they do not fit. */
export function placeEndLabels(ends: readonly number[], height: number): number[] | undefined {
  const order = ends.map((v, i) => i).sort((a, b) => ends[a] - ends[b] || a - b);
  const pos = new Array<number>(ends.length);
  let prev = -Infinity;
  for (const i of order) prev = pos[i] = Math.max(ends[i], prev + LABEL_GAP);
  // Pull the stack back up where it runs past the bottom.
  let limit = height + 4;
  for (const i of [...order].reverse()) {
    pos[i] = Math.min(pos[i], limit);
    limit = pos[i] - LABEL_GAP;
  }
  if (order.length > 0 && pos[order[0]] < -4) return undefined;
  return ends.every((v, i) => Math.abs(pos[i] - v) <= MAX_SHIFT) ? pos : undefined;
}

/** Room to reserve right of the plot for the direct labels of `series` (0 when they will not be drawn). */
export function endLabelRoom(series: readonly LineSeries[]): number {
  const names = series.filter((s) => s.directLabel !== false && s.points.length > 0).map((s) => textWidth(seriesName(s)));
  const w = Math.max(0, ...names);
  return w > 0 && w <= MAX_LABEL ? w + 10 : 0;
}

export interface LinePlotOptions {
  f: Frame;
  g: G;
  width: number;
  height: number;
  /** Room right of the plot reserved for direct labels (from endLabelRoom of the merged series). */
  labelRoom: number;
  x: Scale;
  y: Scale;
  series: LineSeries[];
  xLabel: string;
  yLabel: string;
  xFormat?: (v: number) => string;
  yFormat: (v: number) => string;
  /** The y quantity counts from 0: a domain without 0 gets a break mark and a note. */
  fromZero?: boolean;
  refLines?: RefLine[];
  /** The x value's name in the hover ("Week 12"). */
  hoverX?: (x: number) => string;
  xTicks?: number;
  yTicks?: number;
}

/** Draws merged series into a plot group (axes, reference lines, lines, direct labels, hover targets). */
export function linePlot(o: LinePlotOptions): void {
  const { g, x, y } = o;
  axes(g, { x, y, width: o.width, height: o.height, xFormat: o.xFormat ?? String, yFormat: o.yFormat, xLabel: o.xLabel, yLabel: o.yLabel,
    xTicks: o.xTicks, yTicks: o.yTicks, fromZero: o.fromZero ? { y: true, frame: o.f } : undefined });
  const [d0] = y.domain();
  if (d0 < 0) g.append("line").attr("x1", 0).attr("x2", o.width).attr("y1", y(0)).attr("y2", y(0)).attr("stroke", KEY);
  const line = d3.line<[number, number]>().x((d) => x(d[0])).y((d) => y(d[1])).digits(2);
  for (const r of o.refLines ?? []) {
    const color = r.color ?? KEY;
    const p = g.append("path").attr("class", "reference").attr("d", line(r.points) ?? "").attr("fill", "none").attr("stroke", color)
      .attr("stroke-width", 1.4).attr("stroke-dasharray", "1,3").attr("stroke-linecap", "round");
    if (r.keys) p.attr("data-keys", r.keys.join(" "));
    const end = r.points.at(-1)!;
    const t = o.f.label(g, x(end[0]) - 4, y(end[1]) - 6, r.label, { maxWidth: o.width * 0.6, maxLines: 2, anchor: "end", fill: color, fontSize: 10 });
    if (r.keys) t.text.attr("data-keys", r.keys.join(" "));
  }
  for (const s of o.series) {
    if (s.points.length === 0) continue;
    const p = g.append("path").attr("class", "series").attr("data-keys", s.keys.join(" ")).attr("d", line(s.points) ?? "").attr("fill", "none")
      .attr("stroke", s.color).attr("stroke-width", s.width ?? 2.2).attr("stroke-dasharray", s.dash).attr("stroke-linejoin", "round");
    p.append("title").text(seriesName(s));
  }
  const labelled = o.labelRoom > 0 ? o.series.filter((s) => s.directLabel !== false && s.points.length > 0) : [];
  const pos = placeEndLabels(labelled.map((s) => y(s.points.at(-1)![1])), o.height);
  if (pos) {
    labelled.forEach((s, i) => {
      const end = s.points.at(-1)!;
      o.f.label(g, o.width + 6, pos[i], seriesName(s), { maxWidth: o.labelRoom, maxLines: 1, align: "middle", fill: s.color, className: "direct-label" })
        .text.attr("data-keys", s.keys.join(" "));
      if (Math.abs(pos[i] - y(end[1])) > 2) {
        g.append("line").attr("class", "leader").attr("data-keys", s.keys.join(" ")).attr("x1", x(end[0]) + 1).attr("y1", y(end[1])).attr("x2", o.width + 4)
          .attr("y2", pos[i]).attr("stroke", s.color).attr("stroke-width", 0.8);
      }
    });
  }
}

/** One transparent column per x value whose <title> gives every series' value there (hover in a browser). */
export function hoverColumns(g: G, x: Scale, height: number, rows: { x: number; lines: string[] }[]): void {
  const xs = rows.map((r) => x(r.x));
  const h = g.append("g").attr("class", "hover");
  rows.forEach((r, i) => {
    const left = i === 0 ? xs[i] : (xs[i - 1] + xs[i]) / 2;
    const right = i === rows.length - 1 ? xs[i] : (xs[i] + xs[i + 1]) / 2;
    h.append("rect").attr("x", left).attr("y", 0).attr("width", Math.max(1, right - left)).attr("height", height).attr("fill", "#000000").attr("fill-opacity", 0)
      .append("title").text(r.lines.join("\n"));
  });
}
