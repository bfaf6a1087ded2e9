// Line charts over weeks (one colour per arm, solid and dashed pairs): the shared body of the cumulative-cost,
// output and active-share charts.
import * as d3 from "d3";
import { axes } from "./axes.js";
import { frame, WIDTH } from "./frame.js";
import { legend, type LegendItem } from "./legend.js";
import { panels } from "./layout.js";
import { INK } from "./palette.js";

export interface Series {
  color: string;
  dashed: boolean;
  points: [number, number][];
}

export interface LineChartOptions {
  title: string;
  desc: string;
  subtitle?: string;
  series: Series[];
  legend: LegendItem[];
  xLabel: string;
  yLabel: string;
  yFormat: (v: number) => string;
  /** Include 0 in the y domain (totals); shares use [0, 1] via `yMax`. */
  yMin?: number;
  yMax?: number;
}

export function lineChart(o: LineChartOptions): string {
  const f = frame({ title: o.title, desc: o.desc, subtitle: o.subtitle });
  const lh = legend(f.svg, 16 + 8, f.top + 8, WIDTH - 40, o.legend);
  const { panels: [p], bottom } = panels(f.svg, 1, f.top + lh, WIDTH, 360, [""]);
  const all = o.series.flatMap((s) => s.points);
  const [x0, x1] = d3.extent(all, (d) => d[0]) as [number, number];
  const yLo = Math.min(o.yMin ?? 0, d3.min(all, (d) => d[1]) ?? 0);
  const yHi = Math.max(o.yMax ?? 0, d3.max(all, (d) => d[1]) ?? 1);
  const x = d3.scaleLinear().domain(x0 === undefined ? [0, 1] : x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1]).range([0, p.width]);
  const y = d3.scaleLinear().domain([yLo, yHi > yLo ? yHi : yLo + 1]).nice().range([p.height, 0]);
  axes(p.g, { x, y, width: p.width, height: p.height, xFormat: (v) => String(v), yFormat: o.yFormat, xLabel: o.xLabel, yLabel: o.yLabel });
  const line = d3.line<[number, number]>().x((d) => x(d[0])).y((d) => y(d[1])).digits(2);
  // Dashed lines first so the solid ones stay on top where they coincide.
  for (const s of [...o.series].sort((a, b) => Number(b.dashed) - Number(a.dashed))) {
    if (s.points.length === 0) continue;
    p.g.append("path").attr("d", line(s.points) ?? "").attr("fill", "none").attr("stroke", s.color).attr("stroke-width", s.dashed ? 1.8 : 2.2)
      .attr("stroke-dasharray", s.dashed ? "6,4" : null).attr("stroke-linejoin", "round");
  }
  if (y.domain()[0] < 0) p.g.append("line").attr("x1", 0).attr("x2", p.width).attr("y1", y(0)).attr("y2", y(0)).attr("stroke", INK);
  return f.finish(bottom + 4);
}
