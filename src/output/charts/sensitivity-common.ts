// Shared drawing for sensitivity charts: one full-width panel per arm, a row per parameter (label on the left)
// holding one or more horizontal bars with optional 95% whiskers, on an x scale shared by every panel.
import * as d3 from "d3";
import { axes } from "./axes.js";
import type { Frame } from "./frame.js";
import { pct, short, usd } from "./format.js";
import { INK } from "./palette.js";

export interface HBar {
  from: number;
  to: number;
  color: string;
  whisker?: [number, number];
}

export interface HBarRow {
  label: string;
  bars: HBar[];
}

export interface HBarPanel {
  title: string;
  rows: HBarRow[];
}

const LABEL_W = 250;
const RIGHT = 24;
const BAR_H = 10;

/** Draws the panels from y = top; returns the bottom y. */
export function hbarPanels(f: Frame, top: number, width: number, panels: HBarPanel[], o: { xFormat: (v: number) => string; xLabel: string; refLine?: (panel: number) => number | undefined; domain?: [number, number] }): number {
  const values = panels.flatMap((p) => p.rows.flatMap((r) => r.bars.flatMap((b) => [b.from, b.to, ...(b.whisker ?? [])])));
  const extra = panels.map((_, i) => o.refLine?.(i)).filter((v): v is number => v !== undefined);
  let [lo, hi] = o.domain ?? [Math.min(...values, ...extra), Math.max(...values, ...extra)];
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) [lo, hi] = [lo - (Math.abs(lo) || 1) * 0.1, hi + (Math.abs(hi) || 1) * 0.1];
  const plotW = width - LABEL_W - RIGHT;
  const x = d3.scaleLinear().domain([lo, hi]).nice().range([0, plotW]).clamp(true);
  let y0 = top;
  panels.forEach((panel, pi) => {
    const perRow = Math.max(1, ...panel.rows.map((r) => r.bars.length));
    const rowH = perRow * (BAR_H + 2) + 8;
    const h = Math.max(rowH, panel.rows.length * rowH);
    const g = f.svg.append("g").attr("transform", `translate(${LABEL_W},${y0 + 24})`);
    f.label(g, -LABEL_W + 16, -8, panel.title, { maxWidth: width - 32, maxLines: 1, weight: "bold" });
    const y = d3.scaleLinear().domain([0, 1]).range([h, 0]);
    axes(g, { x, y, width: plotW, height: h, xFormat: o.xFormat, yFormat: () => "", xLabel: pi === panels.length - 1 ? o.xLabel : "", yLabel: "", yTicks: 0 });
    const ref = o.refLine?.(pi);
    if (ref !== undefined) g.append("line").attr("x1", x(ref)).attr("x2", x(ref)).attr("y1", 0).attr("y2", h).attr("stroke", INK).attr("stroke-width", 1.2);
    panel.rows.forEach((row, ri) => {
      const ry = ri * rowH + 4;
      f.label(g, -8, ry + (perRow * (BAR_H + 2)) / 2 - 1, row.label, { maxWidth: LABEL_W - 24, maxLines: perRow > 1 ? 2 : 1, anchor: "end", align: "middle" });
      row.bars.forEach((b, bi) => {
        const by = ry + bi * (BAR_H + 2);
        const a = x(Math.min(b.from, b.to)), c = x(Math.max(b.from, b.to));
        g.append("rect").attr("x", a).attr("y", by).attr("width", Math.max(0.5, c - a)).attr("height", BAR_H).attr("fill", b.color).attr("fill-opacity", 0.85)
          .append("title").text(`${row.label}: ${o.xFormat(b.from)} → ${o.xFormat(b.to)}` + (b.whisker ? ` [${o.xFormat(b.whisker[0])}, ${o.xFormat(b.whisker[1])}]` : ""));
        if (b.whisker) {
          const [w0, w1] = b.whisker;
          const wy = by + BAR_H / 2;
          const wg = g.append("g").attr("stroke", INK).attr("stroke-width", 1);
          wg.append("line").attr("x1", x(w0)).attr("x2", x(w1)).attr("y1", wy).attr("y2", wy);
          for (const w of [w0, w1]) wg.append("line").attr("x1", x(w)).attr("x2", x(w)).attr("y1", wy - 3).attr("y2", wy + 3);
        }
      });
    });
    y0 += h + 24 + (pi === panels.length - 1 ? 46 : 30);
  });
  return y0;
}

/** Tick and label format of a metric: dollars, shares, or plain numbers. */
export function metricFormat(metric: string): (v: number) => string {
  if (/usd|cost/.test(metric)) return usd;
  if (/share|productivity_gain/.test(metric)) return pct;
  return short;
}

/** A metric's column name as words: "net_value_usd" → "net value (USD)". */
export function metricLabel(metric: string): string {
  const words = metric.replace(/_usd$/, "").replace(/_/g, " ");
  return /_usd$/.test(metric) ? `${words} (USD)` : words;
}
