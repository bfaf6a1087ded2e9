// sweep-<metric>.svg: the chosen metric against each swept parameter, one panel per parameter, one colour per
// arm. Each dot is one sweep point's mean over replicates; with a grid, lines join the arm's mean at each
// value of the parameter (averaged over the other parameters' values), so the panel reads as a main effect.
import * as d3 from "d3";
import type { Row } from "../rows.js";
import { axes } from "./axes.js";
import { frame, WIDTH } from "./frame.js";
import { short, usd } from "./format.js";
import { panels } from "./layout.js";
import { legend } from "./legend.js";
import { armColor, armDash } from "./palette.js";

export interface SweepChartInput {
  scenario: string;
  metric: string;
  params: readonly string[];
  arms: readonly string[];
  /** One row per (point, arm): the point's parameter values, `arm`, and `<metric>_mean`. */
  means: readonly Row[];
  /** "grid" or "lhs:N". */
  method: string;
}

export function sweepChart(o: SweepChartInput): string {
  const column = `${o.metric}_mean`;
  const f = frame({
    title: `Sweep: ${o.metric} against each swept parameter`,
    desc:
      `Small multiples, one panel per swept parameter (${o.params.join(", ")}): the parameter's value (x) against ${o.metric} ` +
      `(y, mean over replicates), one colour per arm. Dots are sweep points` + (o.method === "grid" ? "; lines join each arm's mean at each value." : "."),
    subtitle: `${o.scenario}: ${o.method === "grid" ? "grid" : `Latin hypercube (${o.method.replace("lhs:", "")} points)`}; each dot a sweep point's mean over replicates`,
  });
  const lh = legend(f, f.svg, 24, f.top + 8, WIDTH - 40, o.arms.map((arm, i) => ({ label: arm, color: armColor(i), kind: "dot" as const, keys: [`arm-${i}`] })));
  const { panels: ps, bottom } = panels(f, o.params.length, f.top + lh, WIDTH, 240, [...o.params], { maxCols: 2 });
  const values = o.means.map((r) => r[column] as number);
  const yDomain = d3.extent(values) as [number, number];
  const span = (yDomain[1] - yDomain[0]) || Math.abs(yDomain[1]) || 1;
  o.params.forEach((param, k) => {
    const p = ps[k];
    const xs = o.means.map((r) => r[param] as number);
    const xExtent = d3.extent(xs) as [number, number];
    const xSpan = (xExtent[1] - xExtent[0]) || Math.abs(xExtent[1]) || 1;
    const x = d3.scaleLinear().domain([xExtent[0] - xSpan * 0.05, xExtent[1] + xSpan * 0.05]).range([0, p.width]);
    const y = d3.scaleLinear().domain([yDomain[0] - span * 0.08, yDomain[1] + span * 0.08]).nice().range([p.height, 0]);
    axes(p.g, { x, y, width: p.width, height: p.height, xFormat: short, yFormat: o.metric.endsWith("_usd") ? usd : short, xLabel: param, yLabel: o.metric });
    o.arms.forEach((arm, i) => {
      const rows = o.means.filter((r) => r.arm === arm);
      const g = p.g.append("g").attr("class", "series").attr("data-keys", `arm-${i}`).attr("fill", armColor(i)).attr("stroke", armColor(i));
      if (o.method === "grid") {
        const byX = d3.rollups(rows, (v) => d3.mean(v, (r) => r[column] as number)!, (r) => r[param] as number).sort((a, b) => a[0] - b[0]);
        g.append("path").attr("fill", "none").attr("stroke-width", 1.5).attr("stroke-dasharray", armDash(i)).attr("d", d3.line<[number, number]>().x((d) => x(d[0])).y((d) => y(d[1]))(byX) ?? "");
      }
      for (const r of rows) {
        g.append("circle").attr("cx", x(r[param] as number)).attr("cy", y(r[column] as number)).attr("r", 3).attr("fill-opacity", 0.7).attr("stroke", "none")
          .append("title").text(`${arm}: ${param} = ${short(r[param] as number)}, ${o.metric} = ${short(r[column] as number)}`);
      }
    });
  });
  return f.finish(bottom + 4);
}
