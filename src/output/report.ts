// report.html for one run and index.html for a folder of runs, in the shared page shell (html-page.ts): one offline
// file each. Every text that comes from a scenario (names, question, arm names) is escaped.
import { armNames, num, summaryMean, text } from "./charts/data.js";
import { escapeXml as esc, pct, short, times, usd } from "./charts/format.js";
import { chartFigure, htmlPage } from "./html-page.js";
import { SUMMARY_COLUMNS } from "./rows.js";
import type { RunTables } from "./tables.js";

export interface ReportChart {
  file: string;
  title: string;
  svg: string;
  /** One sentence on what this chart shows of this run. */
  finding?: string;
  /** One sentence on how to read the chart. */
  howToRead?: string;
}

/**
 * The report of one run: question, headline figures per arm, every chart inline, the summary table.
 * `extraSections` (trusted HTML, e.g. the validation against targets) go between the charts and the summary table.
 */
export function renderReport(tables: RunTables, charts: readonly ReportChart[], extraSections: readonly string[] = []): string {
  const m = tables.manifest;
  const s = m.scenario;
  const arms = armNames(tables);
  const reps = m.replicates > 1 ? ` (mean of ${m.replicates} replicates)` : "";
  const parts: string[] = [];
  parts.push(`<h1>${esc(s.name)}</h1>\n<p class="question">${esc(s.question)}</p>`);
  parts.push(`<p class="meta">${esc(String(s.population?.developers ?? ""))} developers, ${esc(String(s.weeks))} weeks, seed ${esc(String(m.seed))}, ` +
    `${m.replicates} replicate${m.replicates === 1 ? "" : "s"}; tokensim ${esc(m.version)}; scenario hash <code>${esc(m.scenarioHash.slice(0, 12))}</code></p>`);

  parts.push(`<h2>Headline figures${reps}</h2>`);
  parts.push(`<div class="scroll"><table class="sortable">\n<thead><tr><th>Arm</th><th>Cost</th><th>Output gain</th><th>Net value</th><th>ROI</th><th>Waste share</th>` +
    `<th>Top 10%<br>tokens ×</th><th>Top 10% output ×<br>observed</th><th>causal</th><th>selection</th></tr></thead>\n<tbody>`);
  for (const arm of arms) {
    const v = (c: string) => summaryMean(tables, arm, c);
    const net = v("net_value_usd");
    const cell = (c: string, f: (x: number) => string, extra = "") => `<td data-v="${dataValue(v(c))}"${extra}>${f(v(c))}</td>`;
    parts.push(`<tr><td>${esc(arm)}</td>${cell("cost_usd", usd)}<td data-v="${dataValue(v("output_gain"))}">${short(v("output_gain"))} (${pct(v("productivity_gain"))})</td>` +
      `${cell("net_value_usd", usd, net < 0 ? ' class="neg"' : "")}${cell("roi", times)}${cell("waste_share", pct)}` +
      `${cell("top_decile_token_ratio", times)}${cell("top_decile_output_ratio", times)}` +
      `${cell("top_decile_output_ratio_causal", times)}${cell("top_decile_output_ratio_selection", times)}</tr>`);
  }
  parts.push(`</tbody></table></div>`);
  parts.push(`<p class="meta">Cost: tokens and seats over the run. Output gain: output with AI minus without, in output units (and as a share). ` +
    `Net value: the gain valued in USD minus cost; ROI = net value / cost. Top 10%: the heaviest tenth of active users by tokens against the median users, ` +
    `over the measurement window; observed output ratio = causal (what AI adds) × selection (how much more they produced anyway).</p>`);

  parts.push(`<h2>Charts</h2>`);
  if (m.replicates <= 1) {
    parts.push(`<p class="meta">One replicate: figures carry no interval, and small differences between arms may be noise. ` +
      `<code>tokensim compare</code> runs replicates and says which differences exceed it.</p>`);
  }
  for (const c of charts) parts.push(chartFigure(c));

  parts.push(...extraSections);

  parts.push(`<h2>Summary table</h2>\n<p class="meta">summary.csv: one row per arm and replicate (column meanings in the README, "Outputs").</p>`);
  const cols = [...SUMMARY_COLUMNS].filter((c) => tables.summary.length === 0 || c in tables.summary[0]);
  parts.push(`<div class="scroll"><table class="sortable">\n<thead><tr>${cols.map((c) => `<th>${esc(c.replace(/_/g, " "))}</th>`).join("")}</tr></thead>\n<tbody>`);
  for (const r of tables.summary) {
    parts.push(`<tr>${cols.map((c) => (typeof r[c] === "number" ? `<td data-v="${dataValue(num(r, c))}">${esc(fmt(num(r, c)))}</td>` : `<td>${esc(text(r, c))}</td>`)).join("")}</tr>`);
  }
  parts.push(`</tbody></table></div>`);
  parts.push(`<p class="meta">Files: <a href="timeseries.csv">timeseries.csv</a>, <a href="developers.csv">developers.csv</a>, ` +
    `<a href="summary.csv">summary.csv</a>, <a href="manifest.json">manifest.json</a>.</p>`);
  return htmlPage({ title: `${s.name} — tokensim report`, body: parts });
}

/** A number for the summary table: integers as they are, others to 4 significant digits. */
function fmt(x: number): string {
  if (!Number.isFinite(x)) return "–";
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(4)));
}

/** A number for a data-v attribute (what a sortable column sorts by). */
export function dataValue(x: number): string {
  return Number.isFinite(x) ? String(x) : "";
}

export interface IndexEntry {
  name: string;
  question: string;
  href: string;
  /** Sentences (plain text) shown under the link, e.g. the compare's verdicts. */
  lines?: readonly string[];
}

/** out/index.html: one link per report, with its question. */
export function renderIndex(entries: readonly IndexEntry[]): string {
  const items = entries.map((e) => `<li><a href="${esc(e.href)}">${esc(e.name)}</a><br><span class="question">${esc(e.question)}</span>` +
    (e.lines?.length ? `<ul>${e.lines.map((l) => `<li>${esc(l)}</li>`).join("")}</ul>` : "") + `</li>`);
  return htmlPage({ title: "tokensim reports", style: "li{margin:.8em 0}.question{font-size:1em}", body: ["<h1>tokensim reports</h1>", `<ul>\n${items.join("\n")}\n</ul>`] });
}
