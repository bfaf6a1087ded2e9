// active-share.svg: weekly-active share of developers as a dashboard measures it (solid) and as genuine use
// (dashed) by arm; the gap is activity a quota or leaderboard manufactures.
import type { RunTables } from "../tables.js";
import { replicateNote } from "./cumulative-cost.js";
import { armNames, weekly } from "./data.js";
import { pct } from "./format.js";
import { lineChart } from "./lines.js";
import { armColor, INK } from "./palette.js";

export function activeShareChart(t: RunTables): string {
  const arms = armNames(t);
  const series = arms.flatMap((arm, i) => {
    const w = weekly(t, arm, ["active_share_measured", "active_share_genuine"]);
    return [
      { color: armColor(i), dashed: true, points: w.map((p) => [p.week, p.values.active_share_genuine] as [number, number]) },
      { color: armColor(i), dashed: false, points: w.map((p) => [p.week, p.values.active_share_measured] as [number, number]) },
    ];
  });
  return lineChart({
    title: "Weekly-active share: measured vs genuine",
    desc: "Line chart: share of developers active each week, as the dashboard measures it (solid) and counting only genuine use (dashed), one colour per arm, against week.",
    subtitle: `${t.manifest.scenario.name}: gap between solid and dashed = activity the dashboard counts but nobody needed${replicateNote(t)}`,
    series,
    legend: [
      ...arms.map((a, i) => ({ label: a, color: armColor(i), kind: "line" as const })),
      { label: "measured (dashboard)", color: INK, kind: "line" as const },
      { label: "genuine", color: INK, kind: "dash" as const },
    ],
    xLabel: "Week",
    yLabel: "Share of developers active (%)",
    yFormat: pct,
    yMin: 0,
    yMax: 1,
  });
}
