// What `tokensim calibrate` writes: calibration.csv (every target at the fitted point), fitted-scenario.yaml (the
// input scenario with the fitted values, comments kept, readable by `tokensim run`), calibration.svg and
// calibration-report.html.
import { htmlPage } from "../output/html-page.js";
import { isMap, isScalar, isSeq, parseDocument, type Document, type Scalar } from "yaml";
import { toCsv } from "../output/csv.js";
import { escapeXml as esc } from "../output/charts/format.js";
import type { Comparison } from "../output/comparison.js";
import { calibrationChart } from "../output/charts/calibration.js";
import { CALIBRATION_CHART, CALIBRATION_COLUMNS, calibrationCsvRows, comparison, renderValidationSection } from "./validation.js";
import { parseScenarioText } from "../scenario/read.js";
import type { CalibrationResult } from "./calibrate.js";
import type { FitParam } from "./space.js";
import type { Targets } from "./targets.js";

export const FITTED_SCENARIO = "fitted-scenario.yaml";
export const CALIBRATION_CSV = "calibration.csv";
export const CALIBRATION_REPORT = "calibration-report.html";

export interface CalibrationRun {
  scenarioFile: string;
  scenarioText: string;
  targets: Targets;
  params: readonly FitParam[];
  result: CalibrationResult;
  developers: number;
  maxEvals: number;
  date: string;
}

export function comparisons(r: CalibrationResult): Comparison[] {
  return r.final.rows.map((row) => comparison(row.target, row.values, `mean of ${r.replicates} replicate${r.replicates === 1 ? "" : "s"} at the fitted values`));
}

const g4 = (x: number) => String(Number(x.toPrecision(4)));

/** The one-line provenance comment written above the fitted values. */
export function fittedComment(c: CalibrationRun): string {
  const r = c.result;
  return `fitted by tokensim calibrate ${c.scenarioFile} --targets ${c.targets.file} on ${c.date},\n` +
    ` objective ${g4(r.startObjective)} -> ${g4(r.final.objective)} (${r.evals} evaluations, ${r.replicates} replicate${r.replicates === 1 ? "" : "s"} of ${c.developers} developers);\n` +
    ` fitted: ${c.params.map((p) => p.path).join(", ")}`;
}

/** A comment with an earlier calibration's provenance lines (from "fitted by tokensim calibrate" on) replaced. */
function withProvenance(existing: string | null | undefined, comment: string): string {
  if (!existing) return comment;
  const lines = existing.split("\n");
  const at = lines.findIndex((l) => l.trimStart().startsWith("fitted by tokensim calibrate"));
  const kept = at >= 0 ? lines.slice(0, at) : lines;
  return kept.length > 0 ? `${kept.join("\n")}\n${comment}` : comment;
}

/** The input scenario's text with the fitted values set (comments and layout kept). */
export function fittedScenarioYaml(c: CalibrationRun): string {
  const doc: Document = parseDocument(c.scenarioText, { uniqueKeys: true });
  const comment = ` ${fittedComment(c)}`;
  c.params.forEach((p, i) => {
    const v = c.result.values[i];
    if (p.kind === "model") {
      doc.setIn(p.path.split("."), v);
    } else {
      const [type, ...field] = p.path.split(".");
      const arms = doc.get("arms", true);
      if (isSeq(arms)) {
        for (const arm of arms.items) {
          const pols = isMap(arm) ? arm.get("policies", true) : undefined;
          if (isSeq(pols)) for (const pol of pols.items) if (isMap(pol) && pol.get("type") === type) pol.setIn(field, v);
        }
      }
    }
  });
  // The provenance comment goes above the first group holding a fitted value (or the document, for policy paths).
  const first = c.params.find((p) => p.kind === "model")?.path.split(".")[0];
  const top = doc.contents;
  const pair = first !== undefined && isMap(top) ? top.items.find((it) => (isScalar(it.key) ? it.key.value : it.key) === first) : undefined;
  if (pair) {
    if (!isScalar(pair.key)) pair.key = doc.createNode(pair.key) as never;
    const key = pair.key as Scalar;
    key.commentBefore = withProvenance(key.commentBefore, comment);
  } else {
    doc.commentBefore = withProvenance(doc.commentBefore, comment);
  }
  const text = doc.toString({ lineWidth: 110 });
  // What we write must read back as a scenario with exactly the fitted values.
  parseScenarioText(text, FITTED_SCENARIO);
  return text;
}

export function calibrationCsv(rows: readonly Comparison[]): string {
  return toCsv(CALIBRATION_COLUMNS, calibrationCsvRows(rows).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "number" && !Number.isFinite(v) ? "" : v]))));
}


export function calibrationReport(c: CalibrationRun, rows: readonly Comparison[], svg: string): string {
  const r = c.result;
  const name = r.fitted.name;
  const parts: string[] = [];
  parts.push(`<h1>${esc(name)}: calibration against ${esc(c.targets.name)}</h1>`);
  parts.push(`<p class="meta">Scenario <code>${esc(c.scenarioFile)}</code>, targets <code>${esc(c.targets.file)}</code>; ${c.developers} developers, ` +
    `${r.replicates} replicate${r.replicates === 1 ? "" : "s"} (the same at every evaluation: common random numbers); Nelder–Mead, ${r.evals} of at most ${c.maxEvals} evaluations` +
    `${r.converged ? ", converged" : ", stopped at the evaluation limit"}; objective Σ weight × ((simulated − published) / tolerance)² from ${esc(g4(r.startObjective))} to ${esc(g4(r.final.objective))}` +
    `${r.added.length ? `; arms added for the targets: ${esc(r.added.join(", "))}` : ""}. ${esc(c.date)}.</p>`);
  parts.push(`<h2>Fitted parameters</h2>\n<div class="scroll"><table>\n<thead><tr><th>Parameter</th><th>Start</th><th>Fitted</th><th>Plausible range (bounds of the fit)</th><th>Unit</th></tr></thead>\n<tbody>`);
  c.params.forEach((p, i) => {
    const edge = Math.abs(r.values[i] - p.low) < 0.01 * (p.high - p.low) || Math.abs(r.values[i] - p.high) < 0.01 * (p.high - p.low);
    parts.push(`<tr><td><code>${esc(p.path)}</code></td><td>${esc(g4(r.start[i]))}</td><td${edge ? ' class="neg"' : ""}>${esc(g4(r.values[i]))}${edge ? " (at a bound)" : ""}</td>` +
      `<td>${esc(g4(p.low))} … ${esc(g4(p.high))}</td><td>${esc(p.unit)}</td></tr>`);
  });
  parts.push(`</tbody></table></div>`);
  parts.push(`<figure>\n${svg.trim()}\n</figure>`);
  parts.push(renderValidationSection(rows, { title: "Targets at the fitted values", targetsFile: c.targets.file }));
  parts.push(`<p class="meta">Files: <a href="${CALIBRATION_CSV}">${CALIBRATION_CSV}</a>, <a href="${FITTED_SCENARIO}">${FITTED_SCENARIO}</a> ` +
    `(run it with <code>tokensim run ${FITTED_SCENARIO}</code>), <a href="${CALIBRATION_CHART}">${CALIBRATION_CHART}</a>.</p>`);
  return htmlPage({ title: `${name} — tokensim calibration`, body: parts });
}

/** Every file of a calibration's output folder, name -> content. */
export function calibrationFiles(c: CalibrationRun): Map<string, string> {
  const rows = comparisons(c.result);
  const svg = calibrationChart(rows, `${c.result.fitted.name} at the fitted values against ${c.targets.name}; ` +
    (c.result.replicates > 1 ? `mean of ${c.result.replicates} replicates, whiskers = 95% interval` : "one replicate (no interval)"));
  return new Map([
    [CALIBRATION_CSV, calibrationCsv(rows)],
    [FITTED_SCENARIO, fittedScenarioYaml(c)],
    [CALIBRATION_CHART, svg],
    [CALIBRATION_REPORT, calibrationReport(c, rows, svg)],
  ]);
}
