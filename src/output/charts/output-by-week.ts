// output-by-week.svg: weekly output with AI (solid) and without AI (dashed: the same developers' counterfactual)
// by arm; the gap between the two is the productivity gain.
import type { RunTables } from "../tables.js";
import { replicateNote } from "./cumulative-cost.js";
import { armNames, summaryMean, weekly } from "./data.js";
import { pct, short } from "./format.js";
import { lineChart } from "./lines.js";
import { armColor, INK } from "./palette.js";

export function outputByWeekChart(t: RunTables): string {
  const arms = armNames(t);
  const series = arms.flatMap((arm, i) => {
    const w = weekly(t, arm, ["output", "output_without_ai"]);
    return [
      { color: armColor(i), dashed: true, points: w.map((p) => [p.week, p.values.output_without_ai] as [number, number]) },
      { color: armColor(i), dashed: false, points: w.map((p) => [p.week, p.values.output] as [number, number]) },
    ];
  });
  const all = series.flatMap((s) => s.points.map((p) => p[1]));
  return lineChart({
    title: "Output per week, with and without AI",
    desc: "Line chart: total weekly output in output units against week; per arm a solid line with AI and a dashed line for the same developers without AI. The gap is the productivity gain.",
    subtitle: `${t.manifest.scenario.name}: gap between solid and dashed = productivity gain (legend: over the whole run)${replicateNote(t)}`,
    series,
    legend: [
      ...arms.map((a, i) => ({ label: `${a} (${signed(summaryMean(t, a, "productivity_gain"))})`, color: armColor(i), kind: "line" as const })),
      { label: "with AI", color: INK, kind: "line" as const },
      { label: "without AI", color: INK, kind: "dash" as const },
    ],
    xLabel: "Week",
    yLabel: "Output per week (output units)",
    yFormat: short,
    // Output is far from zero; start the axis near the data so the gap is visible (the axis says where).
    yMin: all.length ? Math.min(...all) * 0.95 : 0,
  });
}

function signed(x: number): string {
  return Number.isFinite(x) ? `${x >= 0 ? "+" : ""}${pct(x)}` : "–";
}
