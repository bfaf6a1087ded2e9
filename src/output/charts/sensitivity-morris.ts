// sensitivity-morris-<metric>.svg: Morris screening. One panel per arm: each parameter a dot at its mean
// absolute elementary effect mu* (x: how much it matters) and the spread of its effects sigma (y: how much that
// depends on the other parameters or is non-linear). Right = influential; above the dashed line sigma = mu* =
// mostly through interactions or curvature; bottom left = negligible.
import * as d3 from "d3";
import type { MorrisIndex } from "../../stats/sensitivity-estimators.js";
import { axes } from "./axes.js";
import { frame, WIDTH } from "./frame.js";
import { textWidth } from "./text.js";
import { panels } from "./layout.js";
import { armColor } from "./palette.js";
import { metricFormat, metricLabel } from "./sensitivity-common.js";

export interface MorrisArm {
  arm: string;
  indices: { parameter: string; index: MorrisIndex }[];
}

export function morrisChart(scenario: string, metric: string, trajectories: number, arms: readonly MorrisArm[]): string {
  const fmt = metricFormat(metric);
  const f = frame({
    title: `Which assumptions matter for ${metricLabel(metric)}: Morris screening`,
    desc: `Scatter plot, one panel per arm: each parameter's mean absolute elementary effect mu* on ${metricLabel(metric)} ` +
      `(x, change per move across the parameter's whole plausible range) against the standard deviation sigma of its elementary effects (y).`,
    subtitle: `${scenario}: ${trajectories} trajectories; effects per move across the whole range; dashed line sigma = mu*`,
  });
  const { panels: ps, bottom } = panels(f, arms.length, f.top + 4, WIDTH, 330, arms.map((a) => a.arm), { maxCols: 2 });
  const xs = arms.flatMap((a) => a.indices.map((e) => e.index.muStar));
  const ys = arms.flatMap((a) => a.indices.map((e) => e.index.sigma));
  const top = Math.max(d3.max(xs) ?? 0, d3.max(ys) ?? 0) || 1;
  arms.forEach((a, k) => {
    const p = ps[k];
    const x = d3.scaleLinear().domain([0, top * 1.08]).nice().range([0, p.width]);
    const y = d3.scaleLinear().domain([0, top * 1.08]).nice().range([p.height, 0]);
    axes(p.g, { x, y, width: p.width, height: p.height, xFormat: fmt, yFormat: fmt, xLabel: "mu* (mean |effect|)", yLabel: "sigma (spread of effects)", xTicks: 4, yTicks: 4 });
    const m = Math.min(x.domain()[1], y.domain()[1]);
    p.g.append("line").attr("x1", x(0)).attr("y1", y(0)).attr("x2", x(m)).attr("y2", y(m)).attr("stroke", "#999999").attr("stroke-dasharray", "4,3");
    const sorted = a.indices.slice().sort((p1, p2) => p2.index.muStar - p1.index.muStar);
    const dots = sorted.map((e) => [x(e.index.muStar), y(e.index.sigma)] as const);
    const placed: [number, number, number, number][] = [];
    sorted.forEach((e, i) => {
      const [cx, cy] = dots[i];
      p.g.append("circle").attr("cx", cx).attr("cy", cy).attr("r", 4.5).attr("fill", armColor(k)).attr("fill-opacity", 0.85).attr("stroke", "#ffffff")
        .append("title").text(`${e.parameter}: mu* ${fmt(e.index.muStar)}, sigma ${fmt(e.index.sigma)}`);
    });
    // Name the most influential few where a name clears the others and the dots; the rest are in the hover and sensitivity.csv.
    let named = 0;
    sorted.forEach((e, i) => {
      if (named >= 5) return;
      const [cx, cy] = dots[i];
      const w = textWidth(e.parameter, 10);
      for (const [lx, ly, anchor] of [[cx + 7, cy + 3, "start"], [cx - 7, cy + 3, "end"], [cx - w / 2, cy - 8, "start"], [cx - w / 2, cy + 15, "start"]] as const) {
        const x0 = anchor === "start" ? lx : lx - w;
        const box: [number, number, number, number] = [x0 - 1, ly - 9, x0 + w + 1, ly + 3];
        if (box[0] < 0 || box[2] > p.width || box[1] < 0 || box[3] > p.height) continue;
        const hit = (b: [number, number, number, number]) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3];
        if (placed.some(hit) || dots.some(([dx, dy], j) => j !== i && hit([dx - 4.5, dy - 4.5, dx + 4.5, dy + 4.5]))) continue;
        placed.push(box);
        f.label(p.g, lx, ly, e.parameter, { maxWidth: w + 1, maxLines: 1, anchor, fontSize: 10 });
        named++;
        break;
      }
    });
  });
  return f.finish(bottom + 4);
}
