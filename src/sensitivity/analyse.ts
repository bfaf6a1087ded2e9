// The aggregate step of a sensitivity batch: from the per-(point, arm, replicate) rows to sensitivity.csv,
// ranking.csv, pairwise.csv, the charts and report.html. Pure: the same rows give the same bytes, whether they
// come from memory (a whole run) or from shard files (`merge`).
import { htmlPage } from "../output/html-page.js";
import { toCsv } from "../output/csv.js";
import { escapeXml as esc, pct } from "../output/charts/format.js";
import { morrisChart } from "../output/charts/sensitivity-morris.js";
import { sobolChart } from "../output/charts/sensitivity-sobol.js";
import { tornadoChart } from "../output/charts/sensitivity-tornado.js";
import { metricFormat, metricLabel } from "../output/charts/sensitivity-common.js";
import type { Row } from "../output/rows.js";
import type { Scenario } from "../scenario/schema.js";
import { designFor, sensitivityStream } from "./plan.js";
import { morrisIndices, oatEffects, sobolIndices, type MorrisIndex, type OatEffect, type SobolIndex } from "../stats/sensitivity-estimators.js";
import type { SensitivitySettings } from "./params.js";
import { PAIRWISE_COLUMNS, ranking, RANK_METRICS, RANKING_COLUMNS } from "./ranking.js";

/** Bootstrap resamples for the intervals of Sobol indices and of Morris mu*. */
export const BOOTSTRAP = 1000;

const COMMON = ["arm", "metric", "parameter", "method", "low", "high", "range_source", "rank"];
export const SENSITIVITY_COLUMNS: Record<SensitivitySettings["method"], string[]> = {
  oat: [...COMMON, "base", "metric_base", "metric_at_low", "metric_at_high", "effect", "swing"],
  morris: [...COMMON, "trajectories", "mu", "mu_star", "mu_star_ci_low", "mu_star_ci_high", "sigma"],
  sobol: [...COMMON, "samples", "S1", "S1_ci_low", "S1_ci_high", "ST", "ST_ci_low", "ST_ci_high", "variance"],
};

/** Metrics every sensitivity batch keeps per row: the analysed ones and the ranking's. */
export function keptMetrics(s: SensitivitySettings): string[] {
  return [...new Set([...s.metrics, ...RANK_METRICS.map((m) => m.metric)])];
}

interface ArmResult {
  arm: string;
  metric: string;
  /** Per parameter: the effect object and the score it is ranked by. */
  oat?: { base: number; effects: OatEffect[] };
  morris?: MorrisIndex[];
  sobol?: { indices: SobolIndex[]; variance: number };
  score: number[];
}

/** Mean over replicates of a metric at each design point, for one arm. */
function pointMeans(rows: readonly Row[], arm: string, metric: string, points: number): number[] {
  const sum = new Array<number>(points).fill(0), n = new Array<number>(points).fill(0);
  for (const r of rows) {
    if (r.arm !== arm) continue;
    sum[r.point as number] += r[metric] as number;
    n[r.point as number]++;
  }
  return sum.map((s, i) => (n[i] > 0 ? s / n[i] : 0));
}

function analyseArm(s: SensitivitySettings, values: number[], arm: string, metric: string): ArmResult {
  const k = s.params.length;
  const design = designFor(s);
  if (s.method === "oat") {
    const effects = oatEffects(values, k);
    return { arm, metric, oat: { base: values[0], effects }, score: effects.map((e) => e.swing) };
  }
  const stream = sensitivityStream(s.seed, `bootstrap/${s.method}/${arm}/${metric}`);
  if (s.method === "morris") {
    const m = morrisIndices(values, design.morris!.steps, k, s.samples, BOOTSTRAP, stream);
    return { arm, metric, morris: m, score: m.map((x) => x.muStar) };
  }
  const n = s.samples;
  const fA = values.slice(0, n), fB = values.slice(n, 2 * n);
  const fAB = Array.from({ length: k }, (_, i) => values.slice((2 + i) * n, (3 + i) * n));
  const r = sobolIndices(fA, fB, fAB, BOOTSTRAP, stream);
  return { arm, metric, sobol: r, score: r.indices.map((x) => x.ST) };
}

/** Rank 1 = the largest score; ties keep the parameters' order. */
function ranks(score: readonly number[]): number[] {
  const order = score.map((v, i) => i).sort((a, b) => score[b] - score[a] || a - b);
  const out = new Array<number>(score.length);
  order.forEach((i, r) => (out[i] = r + 1));
  return out;
}

function csvRows(s: SensitivitySettings, results: readonly ArmResult[]): Row[] {
  return results.flatMap((res) => {
    const rk = ranks(res.score);
    return s.params.map((p, i) => {
      const row: Row = { arm: res.arm, metric: res.metric, parameter: p.name, method: s.method, low: p.low, high: p.high, range_source: p.rangeSource, rank: rk[i] };
      if (res.oat) {
        const e = res.oat.effects[i];
        Object.assign(row, { base: p.base, metric_base: res.oat.base, metric_at_low: e.atLow, metric_at_high: e.atHigh, effect: e.effect, swing: e.swing });
      } else if (res.morris) {
        const m = res.morris[i];
        Object.assign(row, { trajectories: s.samples, mu: m.mu, mu_star: m.muStar, mu_star_ci_low: m.muStarCi.low, mu_star_ci_high: m.muStarCi.high, sigma: m.sigma });
      } else {
        const x = res.sobol!.indices[i];
        Object.assign(row, { samples: s.samples, S1: x.S1, S1_ci_low: x.S1Ci.low, S1_ci_high: x.S1Ci.high, ST: x.ST, ST_ci_low: x.STCi.low, ST_ci_high: x.STCi.high, variance: res.sobol!.variance });
      }
      return row;
    });
  });
}

function chartFor(s: SensitivitySettings, scenario: string, metric: string, results: readonly ArmResult[]): [string, string] {
  const mine = results.filter((r) => r.metric === metric);
  if (s.method === "oat") {
    return [`sensitivity-tornado-${metric}.svg`, tornadoChart(scenario, metric, mine.map((r) => ({
      arm: r.arm, base: r.oat!.base, effects: s.params.map((p, i) => ({ parameter: p.name, low: p.low, high: p.high, effect: r.oat!.effects[i] })),
    })))];
  }
  if (s.method === "morris") {
    return [`sensitivity-morris-${metric}.svg`, morrisChart(scenario, metric, s.samples, mine.map((r) => ({ arm: r.arm, indices: s.params.map((p, i) => ({ parameter: p.name, index: r.morris![i] })) })))];
  }
  return [`sensitivity-sobol-${metric}.svg`, sobolChart(scenario, metric, s.samples, mine.map((r) => ({ arm: r.arm, indices: s.params.map((p, i) => ({ parameter: p.name, index: r.sobol!.indices[i] })) })))];
}

/** Every aggregate file of a sensitivity batch; `rows` carry point, arm, replicate and keptMetrics(s). */
export function sensitivityFiles(s: SensitivitySettings, scenario: Scenario, rows: readonly Row[], replicates: number): Map<string, string> {
  const arms = scenario.arms.map((a) => a.name);
  const points = designFor(s).points.length;
  const results: ArmResult[] = [];
  for (const arm of arms) for (const metric of s.metrics) results.push(analyseArm(s, pointMeans(rows, arm, metric, points), arm, metric));
  const rk = ranking(rows, arms);
  const files = new Map<string, string>();
  files.set("sensitivity.csv", toCsv(SENSITIVITY_COLUMNS[s.method], csvRows(s, results)));
  files.set("ranking.csv", toCsv(RANKING_COLUMNS, rk.ranking));
  files.set("pairwise.csv", toCsv(PAIRWISE_COLUMNS, rk.pairwise));
  const charts = s.metrics.map((m) => chartFor(s, scenario.name, m, results));
  for (const [name, svg] of charts) files.set(name, svg);
  files.set("report.html", report(s, scenario, results, rk.ranking, rk.pairwise, charts, points, replicates));
  return files;
}

/** Names of the aggregate files (for the manifest), in the order sensitivityFiles writes them. */
export function sensitivityFileNames(s: SensitivitySettings): string[] {
  const chart = s.method === "oat" ? "tornado" : s.method;
  return ["sensitivity.csv", "ranking.csv", "pairwise.csv", ...s.metrics.map((m) => `sensitivity-${chart}-${m}.svg`), "report.html"];
}


const METHOD_TEXT: Record<SensitivitySettings["method"], string> = {
  oat: "One at a time: each parameter moved to the low and the high end of its range while the others keep the scenario's values. Cheap and easy to read, blind to interactions.",
  morris: "Morris elementary effects: random trajectories through a grid over all the ranges, moving one parameter at a time. mu* ranks how much each parameter matters; a large sigma means its effect depends on the others (interaction) or is non-linear.",
  sobol: "Sobol variance decomposition (Saltelli design, Saltelli 2010 first-order and Jansen total-order estimators): S1 is the share of the metric's variance a parameter explains alone, ST the share it explains alone and through interactions; bootstrap 95% intervals.",
};

const CHART_HOW: Record<SensitivitySettings["method"], string> = {
  oat: "Each bar runs from the scenario's value (vertical line) to the value with one parameter at its low (blue) or high (orange) end; the widest bars decide most.",
  morris: "Right = influential; above the dashed line = acting mostly through interactions or curvature; near the origin = can be fixed at any plausible value.",
  sobol: "Longer orange bars = assumptions that decide more of the outcome; a gap between blue and orange = interactions. Whiskers cross 0 = not distinguishable from no effect at this sample size.",
};

function score(res: ArmResult): string[] {
  return res.score.map((v) => (res.sobol ? `ST ${pct(v)}` : res.morris ? `mu* ${metricFormat(res.metric)(v)}` : `swing ${metricFormat(res.metric)(v)}`));
}

function report(s: SensitivitySettings, scenario: Scenario, results: readonly ArmResult[], rankRows: readonly Row[], pairRows: readonly Row[], charts: readonly [string, string][], points: number, replicates: number): string {
  const arms = scenario.arms.map((a) => a.name);
  const worlds = (rankRows[0]?.worlds as number | undefined) ?? 0;
  const p: string[] = [];
  p.push(`<h1>${esc(scenario.name)}: which assumptions decide the verdict</h1>\n<p class="question">${esc(scenario.question ?? "")}</p>`);
  p.push(`<p class="meta">${esc(String(scenario.population.developers))} developers, ${esc(String(scenario.weeks))} weeks, seed ${esc(String(s.seed))}; ` +
    `method ${esc(s.method)}${s.method === "oat" ? "" : `, ${s.method === "sobol" ? "N" : "r"} = ${s.samples}`}; ${points} parameter points × ${replicates} replicate${replicates === 1 ? "" : "s"} = ${points * replicates} runs.</p>`);
  p.push(`<p>${esc(METHOD_TEXT[s.method])}</p>`);

  p.push(`<h2>Robustness of the verdict</h2>`);
  p.push(`<p class="meta">Over all ${worlds} sampled worlds (every parameter point × replicate${s.method === "oat" ? "; OAT's worlds are the corners of one-at-a-time moves, not a random sample" : ""}), how often each arm comes out best.</p>`);
  for (const { metric, higherIsBetter } of RANK_METRICS) {
    const what = metric === "net_value_usd" ? "net value" : "cost per unit of output";
    const mine = rankRows.filter((r) => r.metric === metric);
    const lead = mine.slice().sort((a, b) => (b.share_first as number) - (a.share_first as number))[0];
    const sentences: string[] = [];
    if (lead) sentences.push(`<strong>${esc(lead.arm as string)}</strong> ranks first on ${what} (${higherIsBetter ? "highest" : "lowest"} is best) in <strong>${pct(lead.share_first as number)}</strong> of plausible worlds.`);
    for (let a = 0; a < arms.length; a++) {
      for (let b = a + 1; b < arms.length; b++) {
        const row = pairRows.find((r) => r.metric === metric && r.arm === arms[a] && r.versus === arms[b]);
        if (!row) continue;
        const win = row.share_wins as number, loss = row.share_losses as number;
        const [w, l, share] = win >= loss ? [arms[a], arms[b], win] : [arms[b], arms[a], loss];
        sentences.push(`The ${esc(w)} beats the ${esc(l)} on ${what} in ${pct(share)} of plausible worlds.`);
      }
    }
    p.push(`<h3>${esc(what[0].toUpperCase() + what.slice(1))}</h3>\n<ul>\n${sentences.map((x) => `<li>${x}</li>`).join("\n")}\n</ul>`);
    p.push(`<div class="scroll"><table>\n<thead><tr><th>Arm</th><th>Ranks first</th><th>95% interval</th><th>Mean rank</th><th>Mean ${esc(metricLabel(metric))}</th></tr></thead>\n<tbody>`);
    for (const r of mine) {
      p.push(`<tr><td>${esc(r.arm as string)}</td><td>${pct(r.share_first as number)}</td><td>${pct(r.share_first_ci_low as number)}–${pct(r.share_first_ci_high as number)}</td>` +
        `<td>${(r.mean_rank as number).toFixed(2)}</td><td>${esc(metricFormat(metric)(r.mean as number))}</td></tr>`);
    }
    p.push(`</tbody></table></div>`);
  }

  p.push(`<h2>What decides each arm's outcome</h2>`);
  for (const metric of s.metrics) {
    p.push(`<h3>${esc(metricLabel(metric))}</h3>\n<ul>`);
    for (const res of results.filter((r) => r.metric === metric)) {
      const sc = score(res);
      const top = ranks(res.score).map((r, i) => ({ r, i })).sort((a, b) => a.r - b.r).slice(0, 3);
      p.push(`<li><strong>${esc(res.arm)}</strong>: ${top.map((t) => `<code>${esc(s.params[t.i].name)}</code> (${esc(sc[t.i])})`).join(", ")}</li>`);
    }
    p.push(`</ul>`);
  }

  p.push(`<h2>Charts</h2>`);
  for (const [file, svg] of charts) {
    p.push(`<figure id="${esc(file.replace(/\.svg$/, ""))}">\n${svg.trim()}\n<figcaption>${esc(CHART_HOW[s.method])} <a href="${esc(file)}">${esc(file)}</a></figcaption>\n</figure>`);
  }

  p.push(`<h2>Parameters and ranges</h2>\n<div class="scroll"><table>\n<thead><tr><th>Parameter</th><th>Sets</th><th>Scenario value</th><th>Low</th><th>High</th><th>Range from</th></tr></thead>\n<tbody>`);
  for (const q of s.params) {
    p.push(`<tr><td><code>${esc(q.name)}</code></td><td>${q.targets.map(esc).join("<br>")}</td><td>${q.base}</td><td>${q.low}</td><td>${q.high}</td><td>${q.rangeSource === "ranges" ? "ranges file" : "plausible range (tokensim params)"}</td></tr>`);
  }
  p.push(`</tbody></table></div>`);
  p.push(`<p class="meta">Files: <a href="sensitivity.csv">sensitivity.csv</a>, <a href="ranking.csv">ranking.csv</a>, <a href="pairwise.csv">pairwise.csv</a>, ` +
    `<a href="runs.csv">runs.csv</a>, <a href="manifest.json">manifest.json</a>. Column meanings: docs/SENSITIVITY.md.</p>`);
  return htmlPage({ title: `${scenario.name} — sensitivity — tokensim`, body: p });
}
