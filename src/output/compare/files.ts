// The drawn files of a compare: its charts and report.html, as file name -> content, from the compared arms and
// the replicate rows. Pure: a whole run and `merge` of its shards write the same bytes.
import { compareDifferencesChart, DIFFERENCE_METRICS } from "./differences-chart.js";
import { compareFrontierChart } from "./frontier-chart.js";
import { metricInfo } from "./metrics.js";
import { renderCompareReport, type CompareChart } from "./report.js";
import type { CompareInput } from "./types.js";
import { standingOf } from "./verdict.js";

export const COMPARE_FRONTIER = "compare-frontier.svg";
export const COMPARE_DIFFERENCES = "compare-differences.svg";
export const COMPARE_REPORT = "report.html";
/** Every file compareFiles writes, in its order (for the manifest). */
export const COMPARE_FILES = [COMPARE_DIFFERENCES, COMPARE_FRONTIER, COMPARE_REPORT] as const;

export function compareFiles(input: CompareInput): Map<string, string> {
  const others = input.compared.filter((c) => c.arm !== c.baseline);
  const real = input.replicates > 1 ? others.filter((c) => standingOf(c.diffs.output_gain_per_1k_usd) !== "same").length : 0;
  const charts: CompareChart[] = [
    {
      file: COMPARE_DIFFERENCES, title: "Differences from the baseline", svg: compareDifferencesChart(input.compared, input.replicates),
      finding: input.replicates > 1
        ? `${real} of ${others.length} arms differ from their baseline in ${metricInfo("output_gain_per_1k_usd").label} by more than the noise (filled dots).`
        : "One replicate: no interval, so no difference can be told from noise.",
      howToRead: `Each dot is an arm's mean difference from its scenario's baseline arm, the whisker its 95% interval; a hollow dot's interval contains 0. Columns: ${DIFFERENCE_METRICS.map((m) => metricInfo(m).label).join(", ")}.`,
    },
    {
      file: COMPARE_FRONTIER, title: "Policy frontier by scenario", svg: compareFrontierChart(input.compared, input.replicates),
      finding: frontierFinding(input),
      howToRead: "Each dot is an arm: further right costs more, higher buys more output gain; whiskers are 95% intervals; the ringed dot is the baseline.",
    },
  ];
  const files = new Map<string, string>();
  for (const c of charts) files.set(c.file, c.svg);
  files.set(COMPARE_REPORT, renderCompareReport(input, charts));
  return files;
}

/** One sentence: in each scenario, the arm with the most output gain per $1k. */
function frontierFinding(input: CompareInput): string {
  const lines = input.scenarios.map((s) => {
    const arms = input.compared.filter((c) => c.scenario === s.name);
    const best = [...arms].sort((a, b) => b.metrics.output_gain_per_1k_usd.mean - a.metrics.output_gain_per_1k_usd.mean)[0];
    return best ? `${best.arm} in ${s.name}` : "";
  }).filter(Boolean);
  return `Most output gain per $1k: ${lines.join(", ")}.`;
}
