// decomposition.svg: per arm, the two headline ratios taken apart. Left: the top decile's token ratio (× the
// median active user's tokens) split into useful and wasted tokens, which add up to it. Right: the top decile's
// output ratio (× the median band's output) on a log scale, split into selection (how much more the top decile
// produces without AI) and causal (what AI adds on top): observed = causal × selection, so on a log axis the two
// segments add up to the observed ratio exactly.
import * as d3 from "d3";
import type { RunTables } from "../tables.js";
import { armKey, armNames, summaryOf, num } from "./data.js";
import { frame, WIDTH } from "./frame.js";
import { textWidth } from "./text.js";
import { legend } from "./legend.js";
import { axes } from "./axes.js";
import { INK, OKABE_ITO, OTHER_COLOR, USEFUL_COLOR, WASTED_COLOR } from "./palette.js";

const SELECTION_COLOR = OKABE_ITO.orange;
const CAUSAL_COLOR = OKABE_ITO.green;
const ROW = 34;
const GAP = 44;

interface ArmRatios {
  arm: string;
  token: number;
  useful: number;
  waste: number;
  observed: number;
  causal: number;
  selection: number;
}

const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN);
const geomean = (v: number[]) => (v.length && v.every((x) => x > 0) ? Math.exp(mean(v.map(Math.log))) : NaN);
const x1 = (v: number) => `${v >= 10 ? v.toFixed(1) : v.toFixed(2)}×`;

/** Per arm: token ratio and its parts (means over replicates), output ratio and its factors (geometric means). */
export function decompositionData(t: RunTables): ArmRatios[] {
  return armNames(t).map((arm) => {
    const rows = summaryOf(t, arm);
    const col = (c: string) => rows.map((r) => num(r, c)).filter(Number.isFinite);
    const selection = geomean(col("top_decile_output_ratio_selection"));
    const observed = geomean(col("top_decile_output_ratio"));
    return {
      arm, token: mean(col("top_decile_token_ratio")), useful: mean(col("top_decile_token_ratio_useful")), waste: mean(col("top_decile_token_ratio_waste")),
      observed, selection, causal: observed / selection,
    };
  });
}

export function decompositionChart(t: RunTables): string {
  const data = decompositionData(t);
  const reps = t.manifest.replicates;
  const f = frame({
    title: "Why ~10x tokens buy ~2x output: the ratios taken apart",
    desc: "Two horizontal bar charts, one bar per arm. Left: the top decile of active users' mean weekly tokens as a multiple of the median active user's, " +
      "split into useful tokens and wasted tokens (token ratio = useful part + waste part). Right, on a logarithmic axis from 1: the top decile's output as a " +
      "multiple of the median band's, split into selection (their output without AI, as a multiple of the median band's) and the causal part (what AI adds: " +
      "the ratio of their relative gains); observed = causal × selection exactly, so the two segments add up to the observed ratio on the log axis.",
    subtitle: `${t.manifest.scenario.name}: top 10% of active users vs the median, measurement window` +
      (reps > 1 ? `; ${reps} replicates (tokens: mean; output: geometric mean)` : ""),
  });
  const lh = legend(f, f.svg, 24, f.top + 8, WIDTH - 40, [
    { label: "useful tokens", color: USEFUL_COLOR, kind: "rect" },
    { label: "wasted tokens", color: WASTED_COLOR, kind: "rect" },
    { label: "selection (who they are)", color: SELECTION_COLOR, kind: "rect" },
    { label: "causal (what AI adds)", color: CAUSAL_COLOR, kind: "rect" },
  ]);
  // The name column is as wide as the widest name needs, up to 170 px; longer names wrap onto a second line.
  const LABEL = Math.min(170, Math.max(90, ...data.map((d) => textWidth(d.arm, 11, "bold") + 18)));
  const pw = (WIDTH - LABEL - GAP - 24) / 2;
  const headStyle = { maxWidth: pw, maxLines: 2, weight: "bold" as const };
  const headLines = Math.max(...["Tokens: top decile ÷ median", "Output: top decile ÷ median band (log)"].map((h) => Math.ceil(textWidth(h, 11, "bold") / pw)));
  const top = f.top + lh + 36 + (headLines > 1 ? 14 : 0);
  const height = Math.max(1, data.length) * ROW;
  const left = f.svg.append("g").attr("transform", `translate(${LABEL},${top})`);
  const right = f.svg.append("g").attr("transform", `translate(${LABEL + pw + GAP},${top})`);
  f.label(left, 0, -12 - (headLines > 1 ? 14 : 0), "Tokens: top decile ÷ median", headStyle);
  f.label(right, 0, -12 - (headLines > 1 ? 14 : 0), "Output: top decile ÷ median band (log)", headStyle);
  const y = d3.scaleBand<number>().domain(data.map((_, i) => i)).range([0, height]).padding(0.3);
  const flat = d3.scaleLinear().domain([0, 1]).range([height, height]);

  // Tokens: useful + waste, linear from 0, wide enough that each bar's label fits right of it.
  const tokenLabel = (d: ArmRatios) => (d.useful + d.waste > 0 ? (d.waste > 0 ? `${x1(d.token)} (${x1(d.waste)} waste)` : x1(d.token)) : `${x1(d.token)} (no split)`);
  const tokenEnd = (d: ArmRatios) => (d.useful + d.waste > 0 ? d.useful + d.waste : d.token);
  const tMax = d3.max(data.filter((d) => Number.isFinite(d.token)), (d) => (tokenEnd(d) * pw) / Math.max(pw * 0.2, pw - 8 - textWidth(tokenLabel(d)))) ?? 0;
  const xt = d3.scaleLinear().domain([0, Number.isFinite(tMax) && tMax > 0 ? tMax : 1]).nice().range([0, pw]);
  axes(left, { x: xt, y: flat, width: pw, height, xFormat: (v) => `${v}×`, yFormat: () => "", xLabel: "× the median user's tokens", yLabel: "", xTicks: 5, yTicks: 0 });

  // Output: log axis from the smallest factor (or 1) to past the largest, so each bar's label fits right of it.
  const factors = data.flatMap((d) => [d.observed, d.selection, d.causal]).filter((v) => Number.isFinite(v) && v > 0);
  const lo = Math.min(1, ...factors) / 1.05;
  const outLabel = (d: ArmRatios) => `${x1(d.observed)} = ${d.causal.toFixed(2)} × ${d.selection.toFixed(2)}`;
  const logHi = Math.max(Math.log(1.1), ...data.filter((d) => Number.isFinite(d.observed) && d.observed > 0).map((d) =>
    Math.log(lo) + ((Math.log(Math.max(1, d.observed, d.selection)) - Math.log(lo)) * pw) / Math.max(pw * 0.2, pw - 8 - textWidth(outLabel(d)))));
  const xo = d3.scaleLog().domain([lo, Math.exp(logHi)]).range([0, pw]);
  axes(right, { x: xo, y: flat, width: pw, height, xFormat: (v) => `${+v.toPrecision(2)}×`, yFormat: () => "", xLabel: "× the median band's output (log scale)", yLabel: "", xTicks: 6, yTicks: 0 });
  right.append("line").attr("x1", xo(1)).attr("x2", xo(1)).attr("y1", 0).attr("y2", height).attr("stroke", INK).attr("stroke-width", 1);

  data.forEach((d, i) => {
    const y0 = y(i)!, bh = y.bandwidth(), yc = y0 + bh / 2;
    f.label(f.svg, LABEL - 10, top + yc, d.arm, { maxWidth: LABEL - 18, maxLines: 2, anchor: "end", weight: "bold", align: "middle" }).text.attr("data-keys", armKey(i));
    const lg = left.append("g").attr("class", "arm").attr("data-keys", armKey(i));
    if (Number.isFinite(d.token)) {
      const split = d.useful + d.waste > 0;
      if (split) {
        lg.append("rect").attr("x", 0).attr("y", y0).attr("width", xt(d.useful)).attr("height", bh).attr("fill", USEFUL_COLOR).attr("fill-opacity", 0.85);
        if (d.waste > 0) lg.append("rect").attr("x", xt(d.useful)).attr("y", y0).attr("width", xt(d.useful + d.waste) - xt(d.useful)).attr("height", bh).attr("fill", WASTED_COLOR).attr("fill-opacity", 0.85);
      } else {
        lg.append("rect").attr("x", 0).attr("y", y0).attr("width", xt(d.token)).attr("height", bh).attr("fill", OTHER_COLOR).attr("fill-opacity", 0.6);
      }
      lg.append("title").text(`${d.arm}: top decile uses ${x1(d.token)} the median's tokens (useful ${x1(d.useful)}, waste ${x1(d.waste)})`);
      lg.append("text").attr("x", xt(tokenEnd(d)) + 4).attr("y", yc + 4).text(tokenLabel(d));
    }
    const rg = right.append("g").attr("class", "arm").attr("data-keys", armKey(i));
    if (Number.isFinite(d.observed) && Number.isFinite(d.selection) && d.observed > 0 && d.selection > 0) {
      const seg = (a: number, b: number, color: string) =>
        rg.append("rect").attr("x", xo(Math.min(a, b))).attr("y", y0).attr("width", Math.abs(xo(b) - xo(a))).attr("height", bh).attr("fill", color).attr("fill-opacity", 0.85);
      seg(1, d.selection, SELECTION_COLOR);
      seg(d.selection, d.observed, CAUSAL_COLOR);
      rg.append("line").attr("x1", xo(d.observed)).attr("x2", xo(d.observed)).attr("y1", y0 - 3).attr("y2", y0 + bh + 3).attr("stroke", INK).attr("stroke-width", 1.5);
      rg.append("title").text(`${d.arm}: output ratio ${x1(d.observed)} = causal ${d.causal.toFixed(3)} × selection ${d.selection.toFixed(3)}`);
      rg.append("text").attr("x", xo(Math.max(1, d.observed, d.selection)) + 4).attr("y", yc + 4).text(outLabel(d));
    }
  });
  return f.finish(top + height + 52);
}

/** One sentence: the first arm's output lead, causal × selection. */
export function decompositionFinding(t: RunTables): string {
  const d = decompositionData(t)[0];
  if (!d || !Number.isFinite(d.observed)) return "";
  return `In ${d.arm}, the top decile's ${x1(d.observed)} output lead is ${d.causal.toFixed(2)}× from AI and ${d.selection.toFixed(2)}× from who they are; their ${x1(d.token)} token lead is ${x1(d.waste)} waste.`;
}
