// cumulative-cost.svg: cumulative cost in USD (tokens + seats + programmes) by arm over weeks (timeseries
// cumulative_cost_usd), with the token budgets the arms' policies set drawn as dotted reference lines.
import type { RunTables } from "../tables.js";
import { armKey, armNames, armPolicies, firstReplicate, num, replicateNote, text, weekly } from "./data.js";
import { usd } from "./format.js";
import * as d3 from "d3";
import { lineChart } from "./line-chart.js";
import type { LineSeries, RefLine } from "./lines.js";
import { armColor, armDash } from "./palette.js";

export function cumulativeCostChart(t: RunTables): string {
  const arms = armNames(t);
  const series: LineSeries[] = arms.map((arm, i) => {
    const points = weekly(t, arm, ["cumulative_cost_usd"]).map((p) => [p.week, p.values.cumulative_cost_usd] as [number, number]);
    return { keys: [armKey(i)], names: [arm], details: [usd(points.at(-1)?.[1] ?? 0)], color: armColor(i), dash: armDash(i), group: "arm", points };
  });
  const notes: string[] = [];
  const refLines = budgetLines(t, arms, series, (n) => notes.push(n));
  return lineChart({
    title: "Cumulative cost by arm",
    desc: "Line chart: cumulative cost in US dollars (token spend, seat licences and programme costs) against week, one line per arm; " +
      "dotted lines are the token budgets set by the arms' policies, summed week by week.",
    subtitle: `${t.manifest.scenario.name}: token spend + seat licences + programmes, summed week by week; legend: total over the run${replicateNote(t)}`,
    series,
    xLabel: "Week",
    yLabel: "Cumulative cost (USD)",
    yFormat: usd,
    includeZero: true,
    refLines,
    notes,
  });
}

/** Budgets far above every arm's spend would squash the lines into the axis: those are named in a note instead. */
const FAR = 1.5;

/**
 * Cumulative token budgets: a cost cap's `budgetUsdPerDeveloperWeek` × developers, and a salary budget's
 * `salaryFraction` × the developers' salaries ÷ 52 (what it expects if every developer met it), per week.
 */
export function budgetLines(t: RunTables, arms: readonly string[], series: readonly LineSeries[], note: (s: string) => void): RefLine[] {
  const spent = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p[1])));
  const rep = firstReplicate(t);
  const lines: RefLine[] = [];
  arms.forEach((arm, i) => {
    const weeks = series[i].points.map((p) => p[0]);
    if (weeks.length === 0) return;
    const developers = num(t.summary.find((r) => text(r, "arm") === arm) ?? {}, "developers");
    for (const p of armPolicies(t, arm)) {
      let perWeek = NaN, what = "";
      if (p.type === "cost-cap" && typeof p.budgetUsdPerDeveloperWeek === "number" && Number.isFinite(developers)) {
        perWeek = p.budgetUsdPerDeveloperWeek * developers;
        what = `${arm}: team token budgets ($${p.budgetUsdPerDeveloperWeek}/developer/week)`;
      } else if (p.type === "salary-budget" && typeof p.salaryFraction === "number") {
        const salaries = t.developers.filter((r) => text(r, "arm") === arm && num(r, "replicate") === rep).reduce((a, r) => a + (num(r, "salary_usd") || 0), 0);
        if (salaries > 0) perWeek = (p.salaryFraction * salaries) / 52;
        what = `${arm}: expected token spend (${Math.round(p.salaryFraction * 100)}% of salaries)`;
      }
      if (!(Number.isFinite(perWeek) && perWeek > 0)) continue;
      if (perWeek * weeks.at(-1)! > FAR * spent) note(`Not drawn, far above every arm's spend: ${what}, ${usd(perWeek * weeks.at(-1)!)} over the run.`);
      else {
        lines.push({ points: [[weeks[0], perWeek * weeks[0]], [weeks.at(-1)!, perWeek * weeks.at(-1)!]], label: what, color: armColor(i), keys: [armKey(i)] });
      }
    }
  });
  return lines;
}

/** One sentence: the cheapest and the dearest arm over the run. */
export function cumulativeCostFinding(t: RunTables): string {
  const arms = armNames(t);
  const totals = arms.map((arm) => weekly(t, arm, ["cumulative_cost_usd"]).at(-1)?.values.cumulative_cost_usd ?? NaN);
  const lo = d3.minIndex(totals), hi = d3.maxIndex(totals);
  if (lo < 0) return "";
  return arms.length === 1 ? `${arms[0]} costs ${usd(totals[0])} over the run.` :
    `${arms[lo]} costs least over the run, ${usd(totals[lo])}; ${arms[hi]} most, ${usd(totals[hi])} (${(totals[hi] / totals[lo]).toFixed(1)}× as much).`;
}
