// Validation of a run against published targets (`tokensim run FILE --targets TARGETS`): every target compared
// with the run, as a table section of report.html and as calibration.svg. The same comparison rows feed the
// calibrator's calibration.csv, chart and report, so a fit and a later run are shown the same way.
import { REPORT_FILE } from "../output/artifacts.js";
import { calibrationChart } from "../output/charts/calibration.js";
import { escapeXml as esc } from "../output/charts/format.js";
import { renderCharts } from "../output/charts/index.js";
import { formatMetricValue, type Comparison } from "../output/comparison.js";
import { renderReport, type ReportChart } from "../output/report.js";
import type { RunTables } from "../output/tables.js";
import { meanInterval } from "../stats/interval.js";
import { METRICS, metricOfTables, type MetricInfo } from "./metrics.js";
import type { Target, Targets } from "./targets.js";

export const CALIBRATION_CHART = "calibration.svg";
export const CALIBRATION_COLUMNS = ["target", "definition", "published", "simulated", "ci_low", "ci_high", "error", "source"] as const;

const LABELS: Record<string, string> = {
  top_decile_token_ratio: "top-decile token ratio",
  top_decile_output_ratio: "top-decile output ratio",
  top_decile_output_ratio_causal: "output ratio, causal",
  top_decile_output_ratio_selection: "output ratio, selection",
  median_tokens_per_week: "median tokens/week",
  top_decile_tokens_per_week: "top-decile tokens/week",
  median_cost_per_active_day_usd: "cost per active day",
  active_share_measured: "weekly-active share",
  causal_gain_active: "causal gain of users",
  team_adoption_output_ratio: "team adoption 0→100%",
  quota_active_share_measured: "active share, 80% quota",
  top_decile_merged_output_ratio: "top-decile merged ratio",
  team_adoption_merged_ratio: "team adoption 0→100%, merged",
  ai_user_change_size_ratio: "AI users' change size",
  ai_user_defect_ratio: "AI users' defects",
  incidents_per_change_elasticity: "failures vs throughput",
  churn_hours_ratio: "churn with AI",
  perceived_hours_saved: "hours felt saved",
};

/** A comparison row from a target and per-replicate values. */
export function comparison(target: Target, values: readonly number[], note: string): Comparison {
  const finite = values.filter(Number.isFinite);
  const ci = meanInterval(finite);
  const measured = finite.length > 0;
  const info: MetricInfo = METRICS[target.metric];
  return {
    id: target.id, definition: target.definition, metric: target.metric, metricLabel: LABELS[target.metric] ?? target.metric, unit: info.unit,
    published: target.value, tolerance: target.tolerance, weight: target.weight, source: target.source, trust: target.trust,
    simulated: measured ? ci.mean : NaN, ciLow: measured ? ci.low : NaN, ciHigh: measured ? ci.high : NaN,
    error: measured ? (ci.mean - target.value) / target.tolerance : NaN, n: finite.length, note,
  };
}

/** Every target compared with a finished run's tables. */
export function compareRun(tables: RunTables, targets: Targets): Comparison[] {
  return targets.targets.map((t) => {
    const m = metricOfTables(tables, t.metric);
    return comparison(t, m.values, m.note);
  });
}

/** Rows of calibration.csv (numbers left as they are; NaN for what was not measured). */
export function calibrationCsvRows(rows: readonly Comparison[]): Record<string, number | string>[] {
  return rows.map((r) => ({ target: r.id, definition: r.definition, published: r.published, simulated: r.simulated, ci_low: r.ciLow, ci_high: r.ciHigh, error: r.error, source: r.source }));
}

/** The score a fit minimises, over the rows with weight > 0: Σ weight × error². */
export function objectiveOf(rows: readonly Comparison[]): number {
  return rows.reduce((a, r) => (r.weight > 0 ? a + r.weight * (Number.isFinite(r.error) ? r.error ** 2 : Infinity) : a), 0);
}

/** An HTML section comparing every target with the simulation (for report.html and calibration-report.html). */
export function renderValidationSection(rows: readonly Comparison[], o: { title?: string; targetsFile: string; intro?: string }): string {
  const within = rows.filter((r) => Number.isFinite(r.error) && Math.abs(r.error) <= 1).length;
  const measured = rows.filter((r) => Number.isFinite(r.error)).length;
  const parts: string[] = [];
  parts.push(`<h2 id="validation">${esc(o.title ?? "Validation against published figures")}</h2>`);
  parts.push(`<p class="meta">Targets: <code>${esc(o.targetsFile)}</code>. ${within} of ${measured} measured targets within tolerance ` +
    `(|error| ≤ 1, error = (simulated − published) / tolerance); objective Σ weight × error² = ${esc(fmtObjective(objectiveOf(rows)))}. ${esc(o.intro ?? "")}</p>`);
  parts.push(`<div class="scroll"><table>\n<thead><tr><th>Target</th><th>Published</th><th>Tolerance</th><th>Simulated</th><th>95% interval</th>` +
    `<th>Error</th><th>Weight</th><th>Trust</th><th>Definition</th><th>How measured</th><th>Source</th></tr></thead>\n<tbody>`);
  for (const r of rows) {
    const off = Number.isFinite(r.error) && Math.abs(r.error) > 1;
    parts.push(`<tr><td>${esc(r.id)}</td><td>${esc(formatMetricValue(r.unit, r.published))}</td><td>± ${esc(formatMetricValue(r.unit, r.tolerance))}</td>` +
      `<td>${esc(formatMetricValue(r.unit, r.simulated))}</td><td>${r.n > 1 ? `${esc(formatMetricValue(r.unit, r.ciLow))} – ${esc(formatMetricValue(r.unit, r.ciHigh))}` : "–"}</td>` +
      `<td${off ? ' class="neg"' : ""}>${Number.isFinite(r.error) ? esc(r.error.toFixed(2)) : "–"}</td><td>${esc(String(r.weight))}</td><td>${esc(r.trust)}</td>` +
      `<td style="white-space:normal;text-align:left;min-width:16em">${esc(r.definition)}</td><td style="white-space:normal;text-align:left;min-width:12em">${esc(r.note)}</td>` +
      `<td style="white-space:normal;text-align:left;min-width:10em">${esc(r.source)}</td></tr>`);
  }
  parts.push(`</tbody></table></div>`);
  return parts.join("\n");
}

function fmtObjective(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(4))) : "∞ (a fitted target was not measured)";
}

/**
 * The drawn files of a run compared with targets: every chart of the run plus calibration.svg, and report.html
 * with a validation section. A superset of output/artifacts.ts's runArtifacts (it replaces it when --targets is given).
 */
export function validationFiles(tables: RunTables, targets: Targets): Map<string, string> {
  const rows = compareRun(tables, targets);
  const reps = tables.manifest.replicates;
  const svg = calibrationChart(rows, `${tables.manifest.scenario.name} against ${targets.name}` + (reps > 1 ? `; mean of ${reps} replicates, whiskers = 95% interval` : "; one replicate (no interval)"));
  const charts: ReportChart[] = renderCharts(tables);
  const all: ReportChart[] = [...charts, {
    file: CALIBRATION_CHART, title: `Simulated against published figures (${targets.name})`, svg,
    howToRead: "Each row is a published figure; the dot is the run's value divided by the published one, so 1 is a perfect match and the grey band is the published tolerance.",
  }];
  const files = new Map<string, string>();
  for (const c of all) files.set(c.file, c.svg);
  files.set(REPORT_FILE, renderReport(tables, all, [renderValidationSection(rows, { targetsFile: targets.file })]));
  return files;
}
