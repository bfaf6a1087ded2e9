// report.html for one run and index.html for a folder of runs: static, offline HTML (inline SVG charts, inline
// CSS, no scripts, no external resources), so a report opens from file:// and can be mailed as one file.
// Every text that comes from a scenario (names, question, arm names) is escaped.
import { armNames, num, summaryMean, text } from "./charts/data.js";
import { escapeXml as esc, pct, short, times, usd } from "./charts/format.js";
import { SUMMARY_COLUMNS } from "./rows.js";
import type { RunTables } from "./tables.js";

export interface ReportChart {
  file: string;
  title: string;
  svg: string;
  /** One sentence on how to read the chart. */
  howToRead?: string;
}

/** The stylesheet of every HTML page tokensim writes (run report, index, calibration, sensitivity). */
export const REPORT_STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#222;max-width:1000px;margin:2em auto;padding:0 1em;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.question{font-size:1.15em;color:#444;margin-top:0}
.meta{color:#666;font-size:.9em}
table{border-collapse:collapse;font-size:.88em;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid #e4e4e4;padding:.3em .6em;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}
thead th{background:#f5f5f5;vertical-align:bottom}
.scroll{overflow-x:auto;max-width:100%}
figure{margin:1.5em 0}figure svg{max-width:100%;height:auto;display:block}
figcaption{color:#444;font-size:.92em;margin-top:.3em}
.neg{color:#b8420a}
li{margin:.3em 0}
`;

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
  parts.push(`<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">`);
  parts.push(`<title>${esc(s.name)} — tokensim report</title>\n<style>${REPORT_STYLE}</style>\n</head>\n<body>`);
  parts.push(`<h1>${esc(s.name)}</h1>\n<p class="question">${esc(s.question)}</p>`);
  parts.push(`<p class="meta">${esc(String(s.population?.developers ?? ""))} developers, ${esc(String(s.weeks))} weeks, seed ${esc(String(m.seed))}, ` +
    `${m.replicates} replicate${m.replicates === 1 ? "" : "s"}; tokensim ${esc(m.version)}; scenario hash <code>${esc(m.scenarioHash.slice(0, 12))}</code></p>`);

  parts.push(`<h2>Headline figures${reps}</h2>`);
  parts.push(`<div class="scroll"><table>\n<thead><tr><th>Arm</th><th>Cost</th><th>Output gain</th><th>Net value</th><th>ROI</th><th>Waste share</th>` +
    `<th>Top 10%<br>tokens ×</th><th>Top 10% output ×<br>observed</th><th>causal</th><th>selection</th></tr></thead>\n<tbody>`);
  for (const arm of arms) {
    const v = (c: string) => summaryMean(tables, arm, c);
    const net = v("net_value_usd");
    parts.push(`<tr><td>${esc(arm)}</td><td>${usd(v("cost_usd"))}</td><td>${short(v("output_gain"))} (${pct(v("productivity_gain"))})</td>` +
      `<td${net < 0 ? ' class="neg"' : ""}>${usd(net)}</td><td>${times(v("roi"))}</td><td>${pct(v("waste_share"))}</td>` +
      `<td>${times(v("top_decile_token_ratio"))}</td><td>${times(v("top_decile_output_ratio"))}</td>` +
      `<td>${times(v("top_decile_output_ratio_causal"))}</td><td>${times(v("top_decile_output_ratio_selection"))}</td></tr>`);
  }
  parts.push(`</tbody></table></div>`);
  parts.push(`<p class="meta">Cost: tokens and seats over the run. Output gain: output with AI minus without, in output units (and as a share). ` +
    `Net value: the gain valued in USD minus cost; ROI = net value / cost. Top 10%: the heaviest tenth of active users by tokens against the median users, ` +
    `over the measurement window; observed output ratio = causal (what AI adds) × selection (how much more they produced anyway).</p>`);

  parts.push(`<h2>Charts</h2>`);
  for (const c of charts) {
    parts.push(`<figure id="${esc(c.file.replace(/\.svg$/, ""))}">\n${c.svg.trim()}\n<figcaption><strong>${esc(c.title)}.</strong> ${esc(c.howToRead ?? "")} ` +
      `<a href="${esc(c.file)}">${esc(c.file)}</a></figcaption>\n</figure>`);
  }

  parts.push(...extraSections);

  parts.push(`<h2>Summary table</h2>\n<p class="meta">summary.csv: one row per arm and replicate (column meanings in the README, "Outputs").</p>`);
  const cols = [...SUMMARY_COLUMNS].filter((c) => tables.summary.length === 0 || c in tables.summary[0]);
  parts.push(`<div class="scroll"><table>\n<thead><tr>${cols.map((c) => `<th>${esc(c.replace(/_/g, " "))}</th>`).join("")}</tr></thead>\n<tbody>`);
  for (const r of tables.summary) {
    parts.push(`<tr>${cols.map((c) => `<td>${typeof r[c] === "number" ? esc(fmt(num(r, c))) : esc(text(r, c))}</td>`).join("")}</tr>`);
  }
  parts.push(`</tbody></table></div>`);
  parts.push(`<p class="meta">Files: <a href="timeseries.csv">timeseries.csv</a>, <a href="developers.csv">developers.csv</a>, ` +
    `<a href="summary.csv">summary.csv</a>, <a href="manifest.json">manifest.json</a>.</p>\n</body>\n</html>\n`);
  return parts.join("\n");
}

/** A number for the summary table: integers as they are, others to 4 significant digits. */
function fmt(x: number): string {
  if (!Number.isFinite(x)) return "–";
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(4)));
}

/** out/index.html: one link per scenario report, with its question. */
export function renderIndex(entries: readonly { name: string; question: string; href: string }[]): string {
  const items = entries.map((e) => `<li><a href="${esc(e.href)}">${esc(e.name)}</a><br><span class="question">${esc(e.question)}</span></li>`);
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>tokensim reports</title>\n<style>${REPORT_STYLE}li{margin:.8em 0}.question{font-size:1em}</style>\n</head>\n<body>\n<h1>tokensim reports</h1>\n` +
    `<ul>\n${items.join("\n")}\n</ul>\n</body>\n</html>\n`;
}
