// One frontier panel: what each arm costs (x) against what it buys (y), a dot per arm with its 95% interval
// as whiskers on both axes. Axes span the points and their intervals (not 0: a frontier's differences are a few
// percent of its totals), with the break marked; names go beside the dots where they clear every other name and
// dot, and each dot's <title> holds its values. Shared by the run's policy-frontier.svg and compare-frontier.svg.
import * as d3 from "d3";
import { axes } from "./axes.js";
import type { Frame } from "./frame.js";
import type { Panel } from "./layout.js";
import { INK, markerPath } from "./palette.js";
import { textWidth } from "./text.js";

export interface Estimate {
  mean: number;
  low: number;
  high: number;
}

export interface FrontierPoint {
  key: string;
  name: string;
  color: string;
  cost: Estimate;
  gain: Estimate;
  symbol?: "circle" | "square" | "diamond";
  /** The baseline: drawn as a ring around its dot and named first. */
  baseline?: boolean;
}

export interface FrontierAxes {
  xLabel: string;
  yLabel: string;
  xFormat: (v: number) => string;
  yFormat: (v: number) => string;
  /** Hover text of a point. */
  describe: (p: FrontierPoint) => string;
}

const R = 5.5;

/** A domain around `v` with 8% padding on each side. */
function padded(v: number[]): [number, number] {
  if (v.length === 0) return [0, 1];
  const lo = d3.min(v)!, hi = d3.max(v)!;
  const span = hi - lo || Math.abs(hi) * 0.1 || 1;
  return [lo - span * 0.08, hi + span * 0.08];
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Draws the panel; returns the keys of points whose name found no room beside them (a legend must name those). */
export function frontierPanel(f: Frame, p: Panel, pts: readonly FrontierPoint[], o: FrontierAxes): string[] {
  const unnamed: string[] = [];
  const x = d3.scaleLinear().domain(padded(pts.flatMap((q) => [q.cost.low, q.cost.high]))).nice().range([0, p.width]);
  const y = d3.scaleLinear().domain(padded(pts.flatMap((q) => [q.gain.low, q.gain.high]))).nice().range([p.height, 0]);
  axes(p.g, { x, y, width: p.width, height: p.height, xFormat: o.xFormat, yFormat: o.yFormat, xLabel: o.xLabel, yLabel: o.yLabel, xTicks: 5, yTicks: 5,
    fromZero: { x: true, y: true, frame: f, what: { x: "cost", y: "output-gain" } } });
  const dots: Box[] = pts.map((q) => [x(q.cost.mean) - R, y(q.gain.mean) - R, x(q.cost.mean) + R, y(q.gain.mean) + R]);
  const placed: Box[] = [];
  // Baseline first, then by cost, so the names that matter most get the first pick of places.
  const order = pts.map((_, i) => i).sort((a, b) => Number(!!pts[b].baseline) - Number(!!pts[a].baseline) || pts[a].cost.mean - pts[b].cost.mean);
  for (const i of order) {
    const q = pts[i];
    const g = p.g.append("g").attr("class", "series").attr("data-keys", q.key).attr("stroke", q.color).attr("fill", q.color);
    const cx = x(q.cost.mean), cy = y(q.gain.mean);
    if (q.cost.high > q.cost.low) g.append("line").attr("x1", x(q.cost.low)).attr("x2", x(q.cost.high)).attr("y1", cy).attr("y2", cy).attr("stroke-width", 1.5);
    if (q.gain.high > q.gain.low) g.append("line").attr("y1", y(q.gain.low)).attr("y2", y(q.gain.high)).attr("x1", cx).attr("x2", cx).attr("stroke-width", 1.5);
    if (q.baseline) g.append("circle").attr("cx", cx).attr("cy", cy).attr("r", R + 3).attr("fill", "none").attr("stroke", INK).attr("stroke-width", 1.5);
    const dot: d3.Selection<SVGElement, unknown, null, undefined> = q.symbol && q.symbol !== "circle"
      ? g.append<SVGElement>("path").attr("d", markerPath(q.symbol, cx, cy, R))
      : g.append<SVGElement>("circle").attr("cx", cx).attr("cy", cy).attr("r", R);
    dot.attr("fill-opacity", 0.9).attr("stroke", "#ffffff").attr("stroke-width", 1.5).append("title").text(o.describe(q));
    const name = q.baseline ? `${q.name} (baseline)` : q.name;
    const w = textWidth(name), h = 12;
    const spots: [number, number, "start" | "end" | "middle"][] = [
      [cx + R + 4, cy + 4, "start"], [cx - R - 4, cy + 4, "end"], [cx, cy - R - 6, "middle"], [cx, cy + R + 14, "middle"],
    ];
    let named = false;
    for (const [lx, ly, anchor] of spots) {
      const x0 = anchor === "start" ? lx : anchor === "end" ? lx - w : lx - w / 2;
      const box: Box = [x0 - 1, ly - h + 2, x0 + w + 1, ly + 3];
      if (box[0] < 0 || box[2] > p.width || box[1] < 0 || box[3] > p.height) continue;
      if (placed.some((b) => overlaps(b, box)) || dots.some((d, k) => k !== i && overlaps(d, box))) continue;
      placed.push(box);
      f.label(p.g, lx, ly, name, { maxWidth: w + 1, maxLines: 1, anchor, className: "point-label" }).text.attr("data-keys", q.key);
      named = true;
      break;
    }
    if (!named) unnamed.push(q.key);
  }
  return unnamed;
}
