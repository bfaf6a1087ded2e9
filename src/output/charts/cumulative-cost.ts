// cumulative-cost.svg: cumulative cost in USD (tokens + seats) by arm over weeks (timeseries cumulative_cost_usd).
import type { RunTables } from "../tables.js";
import { armNames, weekly } from "./data.js";
import { usd } from "./format.js";
import { lineChart } from "./lines.js";
import { armColor } from "./palette.js";

export function cumulativeCostChart(t: RunTables): string {
  const arms = armNames(t);
  const series = arms.map((arm, i) => ({
    color: armColor(i),
    dashed: false,
    points: weekly(t, arm, ["cumulative_cost_usd"]).map((p) => [p.week, p.values.cumulative_cost_usd] as [number, number]),
  }));
  const totals = series.map((s) => s.points.at(-1)?.[1] ?? 0);
  return lineChart({
    title: "Cumulative cost by arm",
    desc: "Line chart: cumulative cost in US dollars (token spend plus seat licences) against week, one line per arm.",
    subtitle: `${t.manifest.scenario.name}: token spend + seat licences, summed week by week${replicateNote(t)}`,
    series,
    legend: arms.map((a, i) => ({ label: `${a} (${usd(totals[i])})`, color: armColor(i), kind: "line" as const })),
    xLabel: "Week",
    yLabel: "Cumulative cost (USD)",
    yFormat: usd,
  });
}

export function replicateNote(t: RunTables): string {
  return t.manifest.replicates > 1 ? `; mean of ${t.manifest.replicates} replicates` : "";
}
