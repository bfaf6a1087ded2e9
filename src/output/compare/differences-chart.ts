// compare-differences.svg: what a decision is made from. For each scenario, each arm's paired difference from
// the baseline arm (same population and draws, replicate by replicate) on the decision metrics, as a dot with its
// 95% interval: a filled dot when the interval excludes 0 (a real difference at this number of replicates), a
// hollow one when it contains 0 (within the noise). One column per metric, each scenario with its own scales.
import * as d3 from "d3";
import { thinTicks } from "../charts/axes.js";
import { frame, WIDTH } from "../charts/frame.js";
import { armColor, GRID, INK, KEY, MUTED } from "../charts/palette.js";
import { textWidth } from "../charts/text.js";
import type { ComparedArmInput } from "./types.js";
import { formatDiff, metricInfo } from "./metrics.js";
import { interval, standingOf } from "./verdict.js";

export const DIFFERENCE_METRICS = ["output_gain_per_1k_usd", "net_value_usd", "cost_usd"] as const;

const ROW = 22;
const LABEL = 170;
const GAP = 18;

export function compareDifferencesChart(compared: readonly ComparedArmInput[], replicates: number): string {
  const scenarios = [...new Set(compared.map((c) => c.scenario))];
  const f = frame({
    title: "Differences from the baseline arm, with 95% intervals",
    desc: "Dot plots, one block per scenario and one column per metric (" + DIFFERENCE_METRICS.map((m) => metricInfo(m).label).join(", ") + "): " +
      "each arm's mean paired difference from the scenario's baseline arm over replicates, with its 95% interval as a whisker; " +
      "filled dots have intervals that exclude 0, hollow dots intervals that contain it. The vertical line is 0 (no difference).",
    subtitle: `Paired over ${replicates} replicate${replicates === 1 ? "" : "s"} (each arm sees the same developers and draws as its baseline); filled = interval excludes 0, hollow = within the noise`,
  });
  const colW = (WIDTH - 16 - LABEL - GAP * (DIFFERENCE_METRICS.length - 1) - 16) / DIFFERENCE_METRICS.length;
  let top = f.top + 6;
  DIFFERENCE_METRICS.forEach((m, j) => {
    const info = metricInfo(m);
    f.label(f.svg, 16 + LABEL + j * (colW + GAP), top + 10, `${info.label} (${info.better === "lower" ? "lower" : info.better === "higher" ? "higher" : "either"} is better)`,
      { maxWidth: colW, maxLines: 2, weight: "bold", fontSize: 10.5 });
  });
  top += 40;
  scenarios.forEach((s, k) => {
    const arms = compared.filter((c) => c.scenario === s);
    const rows = arms.filter((a) => a.arm !== a.baseline);
    f.label(f.svg, 16, top + 10, `${s}: difference from ${arms[0].baseline}`, { maxWidth: WIDTH - 32, maxLines: 2, weight: "bold" });
    top += 22;
    const height = Math.max(1, rows.length) * ROW;
    rows.forEach((a, r) => {
      const i = arms.indexOf(a);
      f.label(f.svg, 16 + LABEL - 10, top + r * ROW + ROW / 2, a.arm, { maxWidth: LABEL - 14, maxLines: 1, anchor: "end", align: "middle" }).text.attr("data-keys", `${k}-${i}`);
    });
    if (rows.length === 0) f.label(f.svg, 16 + LABEL, top + ROW / 2, "no arm besides the baseline", { maxWidth: 300, maxLines: 1, align: "middle", fill: MUTED });
    if (rows.length > 0) DIFFERENCE_METRICS.forEach((m, j) => {
      const g = f.svg.append("g").attr("transform", `translate(${16 + LABEL + j * (colW + GAP)},${top})`);
      const ext = d3.extent([0, ...rows.flatMap((a) => [a.diffs[m].low, a.diffs[m].high])]) as [number, number];
      const span = ext[1] - ext[0] || 1;
      const x = d3.scaleLinear().domain([ext[0] - span * 0.06, ext[1] + span * 0.06]).nice().range([0, colW]);
      const ticks = thinTicks(x.ticks(4), (v) => {
        const w = textWidth(formatDiff(m, v), 9.5);
        return [x(v) - w / 2, x(v) + w / 2];
      }, [0]).filter((v) => {
        const w = textWidth(v === 0 ? "0" : formatDiff(m, v), 9.5);
        return x(v) - w / 2 >= -GAP / 2 + 1 && x(v) + w / 2 <= colW + GAP / 2 - 1;
      });
      for (const v of ticks) {
        g.append("line").attr("x1", x(v)).attr("x2", x(v)).attr("y1", 0).attr("y2", height).attr("stroke", GRID);
        g.append("text").attr("x", x(v)).attr("y", height + 12).attr("text-anchor", "middle").attr("font-size", 9.5).attr("fill", INK).text(v === 0 ? "0" : formatDiff(m, v));
      }
      g.append("line").attr("x1", x(0)).attr("x2", x(0)).attr("y1", -4).attr("y2", height).attr("stroke", KEY).attr("stroke-width", 1.2);
      rows.forEach((a, r) => {
        const i = arms.indexOf(a);
        const d = a.diffs[m];
        const yc = r * ROW + ROW / 2;
        const real = replicates > 1 && standingOf(d) !== "same";
        const mark = g.append("g").attr("class", "series").attr("data-keys", `${k}-${i}`).attr("stroke", armColor(i));
        if (d.high > d.low) mark.append("line").attr("x1", x(d.low)).attr("x2", x(d.high)).attr("y1", yc).attr("y2", yc).attr("stroke-width", 2);
        mark.append("circle").attr("cx", x(d.mean)).attr("cy", yc).attr("r", 4.5).attr("stroke-width", 1.8).attr("fill", real ? armColor(i) : "#ffffff")
          .append("title").text(`${s} / ${a.arm}, ${metricInfo(m).label} − ${a.baseline}'s: ${interval(m, d)}${real ? "" : " (contains 0: within the noise)"}`);
      });
    });
    top += height + 30;
  });
  return f.finish(top);
}
