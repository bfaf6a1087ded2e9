// One line chart over weeks in one panel (cumulative cost, output): scales from the data, coincident series
// merged, a legend entry per drawn line (click to hide in report.html), direct labels, hover values.
import * as d3 from "d3";
import { frame, WIDTH } from "./frame.js";
import { legend, type LegendItem } from "./legend.js";
import { panels, MARGIN } from "./layout.js";
import { endLabelRoom, hoverColumns, linePlot, mergeCoincident, seriesName, type LineSeries, type RefLine } from "./lines.js";

export interface LineChartOptions {
  title: string;
  desc: string;
  subtitle?: string;
  series: LineSeries[];
  /** Legend entries for styles (with AI, without AI), after the lines' entries. */
  keys?: LegendItem[];
  xLabel: string;
  yLabel: string;
  yFormat: (v: number) => string;
  /** Format of values in the hover (default yFormat). */
  hoverFormat?: (v: number) => string;
  /** Include 0 in the y domain. */
  includeZero?: boolean;
  /** The y quantity counts from 0: a domain without it is marked. */
  fromZero?: boolean;
  refLines?: RefLine[];
  /** Sentences for under the chart. */
  notes?: string[];
}

const PANEL_HEIGHT = 360;

export function lineChart(o: LineChartOptions): string {
  const f = frame({ title: o.title, desc: o.desc, subtitle: o.subtitle });
  for (const n of o.notes ?? []) f.note(n);
  const height = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
  const all = [...o.series.flatMap((s) => s.points), ...(o.refLines ?? []).flatMap((r) => r.points)];
  const [x0, x1] = d3.extent(all, (d) => d[0]) as [number, number];
  const ys = all.map((d) => d[1]);
  let yLo = d3.min(ys) ?? 0, yHi = d3.max(ys) ?? 1;
  if (o.includeZero) [yLo, yHi] = [Math.min(0, yLo), Math.max(0, yHi)];
  else {
    // Padding of 5% of the span, so the lowest and highest lines clear the axes.
    const span = yHi - yLo || Math.abs(yHi) || 1;
    [yLo, yHi] = [yLo - span * 0.05, yHi + span * 0.05];
  }
  const y = d3.scaleLinear().domain([yLo, yHi > yLo ? yHi : yLo + 1]).nice().range([height, 0]);
  const merged = mergeCoincident(o.series, y);
  const room = endLabelRoom(merged);

  const items: LegendItem[] = [
    ...merged.filter((s) => s.legend !== false).map((s) => ({
      label: s.names.map((n, i) => (s.details?.[i] ? `${n} (${s.details[i]})` : n)).join(", ") + (s.names.length > 1 ? " (one line: they coincide)" : ""),
      color: s.color, kind: "line" as const, dash: s.dash, keys: s.keys,
    })),
    ...(o.keys ?? []),
  ];
  const lh = legend(f, f.svg, 24, f.top + 8, WIDTH - 40, items);
  const { panels: [p], bottom } = panels(f, 1, f.top + lh, WIDTH, PANEL_HEIGHT, [""], { right: room });
  const x = d3.scaleLinear().domain(x0 === undefined ? [0, 1] : x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1]).range([0, p.width]);
  linePlot({ f, g: p.g, width: p.width, height: p.height, labelRoom: room, x, y, series: merged, xLabel: o.xLabel, yLabel: o.yLabel, yFormat: o.yFormat,
    fromZero: o.fromZero, refLines: o.refLines });
  const fmt = o.hoverFormat ?? o.yFormat;
  const weeks = [...new Set(o.series.flatMap((s) => s.points.map((q) => q[0])))].sort((a, b) => a - b);
  hoverColumns(p.g, x, p.height, weeks.map((w) => ({
    x: w,
    lines: [`Week ${w}`, ...o.series.flatMap((s) => {
      const q = s.points.find((pt) => pt[0] === w);
      return q ? [`${seriesName(s)}: ${fmt(q[1])}`] : [];
    })],
  })));
  return f.finish(bottom + 4);
}
