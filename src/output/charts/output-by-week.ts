// output-by-week.svg: weekly output with AI by arm (colour and dash per arm), and without AI (grey: the same
// developers' counterfactual, one line where the arms' counterfactuals coincide); the gap is the productivity gain.
import type { RunTables } from "../tables.js";
import { armKey, armNames, replicateNote, summaryMean, weekly } from "./data.js";
import { pct, short } from "./format.js";
import * as d3 from "d3";
import { lineChart } from "./line-chart.js";
import type { LineSeries } from "./lines.js";
import { armColor, armDash, MUTED_LINE } from "./palette.js";

export function outputByWeekChart(t: RunTables): string {
  const arms = armNames(t);
  const data = arms.map((arm) => weekly(t, arm, ["output", "output_without_ai"]));
  const withAi: LineSeries[] = arms.map((arm, i) => ({
    keys: [armKey(i)], names: [arm], details: [signed(summaryMean(t, arm, "productivity_gain"))], color: armColor(i), dash: armDash(i), group: "with",
    points: data[i].map((p) => [p.week, p.values.output] as [number, number]),
  }));
  const without: LineSeries[] = arms.map((arm, i) => ({
    keys: [armKey(i)], names: [`${arm} without AI`], color: MUTED_LINE, dash: null, width: 1.6, group: "without", directLabel: false, legend: false,
    points: data[i].map((p) => [p.week, p.values.output_without_ai] as [number, number]),
  }));
  return lineChart({
    title: "Output per week, with and without AI",
    desc: "Line chart: total weekly output in output units against week; per arm a coloured line with AI, and in grey the same developers' output without AI. " +
      "The gap between an arm's line and the grey line is its productivity gain.",
    subtitle: `${t.manifest.scenario.name}: gap between an arm's line and the grey line = what AI adds (legend: gain over the whole run)${replicateNote(t)}`,
    series: [...withAi, ...without],
    keys: [{ label: "without AI (same developers, same draws)", color: MUTED_LINE, kind: "line" }],
    xLabel: "Week",
    yLabel: "Output per week (output units)",
    yFormat: short,
    hoverFormat: (v) => v.toFixed(1),
    fromZero: true,
  });
}

function signed(x: number): string {
  return Number.isFinite(x) ? `${x >= 0 ? "+" : ""}${pct(x)}` : "–";
}

/** One sentence: which arm gains most and least from AI over the run. */
export function outputByWeekFinding(t: RunTables): string {
  const arms = armNames(t);
  const gains = arms.map((a) => summaryMean(t, a, "productivity_gain"));
  const hi = d3.maxIndex(gains), lo = d3.minIndex(gains);
  if (hi < 0) return "";
  return arms.length === 1 ? `AI adds ${signed(gains[0])} to ${arms[0]}'s output over the run.` :
    `AI adds most to ${arms[hi]}'s output, ${signed(gains[hi])} over the run, and least to ${arms[lo]}'s, ${signed(gains[lo])}.`;
}
