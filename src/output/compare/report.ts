// report.html of a compare: per scenario, the verdict on each metric in words, each arm's mean and 95% interval
// and its paired difference from the baseline arm, and the charts. Every figure is compare.csv's (or, for the
// leader against the runner-up, a paired difference over replicates.csv's rows); names are escaped.
import { escapeXml as esc } from "../charts/format.js";
import { chartFigure, htmlPage } from "../html-page.js";
import { dataValue } from "../report.js";
import { COMPARE_METRIC_INFO, DECISION_METRICS, formatValue, metricInfo } from "./metrics.js";
import type { CompareInput } from "./types.js";
import { interval, verdict } from "./verdict.js";

export interface CompareChart {
  file: string;
  title: string;
  svg: string;
  finding: string;
  howToRead: string;
}

const TABLE_METRICS = ["output_gain_per_1k_usd", "net_value_usd", "cost_usd", "output_gain", "waste_share"] as const;

function estimate(metric: string, s: { mean: number; low: number; high: number }, reps: number): string {
  return reps > 1 ? `${esc(formatValue(metric, s.mean))} [${esc(formatValue(metric, s.low))}, ${esc(formatValue(metric, s.high))}]` : esc(formatValue(metric, s.mean));
}

export function renderCompareReport(input: CompareInput, charts: readonly CompareChart[]): string {
  const p: string[] = [];
  const names = input.scenarios.map((s) => s.name);
  p.push(`<h1>Compare: ${esc(names.length === 1 ? names[0] : `${names.length} scenarios`)}</h1>`);
  p.push(`<p class="question">Which arm wins, and by how much? Every arm over ${input.replicates} replicate${input.replicates === 1 ? "" : "s"}, ` +
    `each arm of a scenario on the same developers and random draws, so differences from the baseline arm are paired replicate by replicate.</p>`);
  p.push(`<p class="meta">Scenarios: ${input.scenarios.map((s) => `${esc(s.name)} (<code>${esc(s.file)}</code>, ${s.developers} developers, ${s.weeks} weeks, seed ${s.seed})`).join("; ")}. ` +
    `Intervals are 95% Student-t intervals over replicates; a difference whose interval contains 0 is within the noise at this number of replicates ` +
    `(more replicates narrow it: <code>--replicates</code>).</p>`);
  if (input.replicates < 2) p.push(`<p class="verdict">One replicate: no interval can be computed, so no difference below can be told from noise.</p>`);
  for (const s of input.scenarios) {
    const arms = input.compared.filter((c) => c.scenario === s.name);
    if (arms.length === 0) continue;
    const base = arms[0].baseline;
    p.push(`<h2 id="${esc(`scenario-${s.name}`)}">${esc(s.name)}</h2>`);
    if (s.question) p.push(`<p class="question">${esc(s.question)}</p>`);
    p.push(`<p class="meta">Baseline arm: <strong>${esc(base)}</strong>. Arms: ${arms.map((a) => esc(a.arm)).join(", ")}.</p>`);
    const verdicts = Object.keys(COMPARE_METRIC_INFO).filter((m) => m in arms[0].metrics).map((m) => verdict(arms, input.rows, m));
    const decisive = verdicts.filter((v) => (DECISION_METRICS as readonly string[]).includes(v.metric))
      .sort((a, b) => DECISION_METRICS.indexOf(a.metric as never) - DECISION_METRICS.indexOf(b.metric as never));
    p.push(`<ul class="verdict">\n${decisive.map((v) => `<li><strong>${esc(metricInfo(v.metric).label)}</strong>: ${esc(v.sentence)}</li>`).join("\n")}\n</ul>`);
    p.push(`<div class="scroll"><table class="sortable">\n<thead><tr><th>Arm</th>${TABLE_METRICS.map((m) => `<th>${esc(metricInfo(m).label)}<br>mean [95% interval]<br>difference from ${esc(base)}</th>`).join("")}</tr></thead>\n<tbody>`);
    for (const a of arms) {
      p.push(`<tr><td>${esc(a.arm)}${a.arm === base ? " (baseline)" : ""}</td>` + TABLE_METRICS.map((m) => {
        const d = a.diffs[m];
        const diff = a.arm === base ? "—" : esc(input.replicates > 1 ? interval(m, d) : interval(m, d).replace(/ \[.*\]$/, ""));
        return `<td data-v="${dataValue(a.metrics[m].mean)}">${estimate(m, a.metrics[m], input.replicates)}<br><small>${diff}</small></td>`;
      }).join("") + `</tr>`);
    }
    p.push(`</tbody></table></div>`);
    const rest = verdicts.filter((v) => !decisive.includes(v));
    p.push(`<details><summary>Every other metric of compare.csv: verdicts and figures</summary>\n<ul>\n` +
      rest.map((v) => `<li><strong>${esc(metricInfo(v.metric).label)}</strong>: ${esc(v.sentence)}</li>`).join("\n") + `\n</ul>`);
    p.push(`<div class="scroll"><table class="sortable">\n<thead><tr><th>Metric</th>${arms.map((a) => `<th>${esc(a.arm)}</th>`).join("")}</tr></thead>\n<tbody>`);
    for (const m of Object.keys(arms[0].metrics)) {
      p.push(`<tr><td>${esc(metricInfo(m).label)}</td>${arms.map((a) => `<td data-v="${dataValue(a.metrics[m].mean)}">${estimate(m, a.metrics[m], input.replicates)}` +
        (a.arm === base ? "" : `<br><small>${esc(interval(m, a.diffs[m]))}</small>`) + `</td>`).join("")}</tr>`);
    }
    p.push(`</tbody></table></div>\n</details>`);
  }
  p.push(`<h2>Charts</h2>`);
  for (const c of charts) p.push(chartFigure(c));
  p.push(`<p class="meta">Files: <a href="compare.csv">compare.csv</a> (every figure above), <a href="replicates.csv">replicates.csv</a> (one row per arm and replicate), ` +
    `<a href="manifest.json">manifest.json</a>.</p>`);
  return htmlPage({ title: `${names.join(", ")} — tokensim compare`, body: p });
}
