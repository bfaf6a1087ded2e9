// tokens-by-week.svg: tokens per week by arm, split into useful and wasted tokens (stacked areas), one small
// multiple per arm on a shared y scale so arms compare by height.
import * as d3 from "d3";
import type { RunTables } from "../tables.js";
import { axes } from "./axes.js";
import { armKey, armNames, replicateNote, weekly } from "./data.js";
import { frame, WIDTH } from "./frame.js";
import { list, pct, short } from "./format.js";
import { panels } from "./layout.js";
import { legend } from "./legend.js";
import { hoverColumns } from "./lines.js";
import { USEFUL_COLOR, WASTED_COLOR } from "./palette.js";

export function tokensByWeekChart(t: RunTables): string {
  const arms = armNames(t);
  const data = arms.map((arm) => weekly(t, arm, ["tokens_useful", "tokens_wasted"]));
  const titles = arms.map((a, i) => {
    const u = d3.sum(data[i], (p) => p.values.tokens_useful);
    const w = d3.sum(data[i], (p) => p.values.tokens_wasted);
    return `${a} (${pct(u + w > 0 ? w / (u + w) : 0)} wasted)`;
  });
  const f = frame({
    title: "Tokens per week by arm: useful vs wasted",
    desc: "Small multiples, one per arm: stacked areas of useful tokens (bottom) and wasted tokens (top) per week, in tokens per week, against week; shared y scale.",
    subtitle: `${t.manifest.scenario.name}: all developers' tokens per week; panel title = wasted share over the run${replicateNote(t)}`,
  });
  const lh = legend(f, f.svg, 24, f.top + 8, WIDTH - 40, [
    { label: "useful tokens", color: USEFUL_COLOR, kind: "rect" },
    { label: "wasted tokens", color: WASTED_COLOR, kind: "rect" },
  ]);
  const cols = Math.min(arms.length, 3);
  const { panels: ps, bottom } = panels(f, arms.length, f.top + lh, WIDTH, cols === 1 ? 340 : 250, titles);
  const weeks = data.flat().map((p) => p.week);
  const yMax = d3.max(data.flat(), (p) => p.values.tokens_useful + p.values.tokens_wasted) ?? 0;
  ps.forEach((p, i) => {
    const x = d3.scaleLinear().domain(weeks.length ? (d3.extent(weeks) as [number, number]) : [0, 1]).range([0, p.width]);
    if (x.domain()[0] === x.domain()[1]) x.domain([x.domain()[0] - 1, x.domain()[0] + 1]);
    const y = d3.scaleLinear().domain([0, yMax > 0 ? yMax : 1]).nice().range([p.height, 0]);
    axes(p.g, { x, y, width: p.width, height: p.height, xFormat: String, yFormat: short, xLabel: "Week", yLabel: "Tokens per week", xTicks: 4, yTicks: 4 });
    const useful = d3.area<(typeof data)[0][0]>().x((d) => x(d.week)).y0(y(0)).y1((d) => y(d.values.tokens_useful)).digits(2);
    const wasted = d3.area<(typeof data)[0][0]>().x((d) => x(d.week)).y0((d) => y(d.values.tokens_useful))
      .y1((d) => y(d.values.tokens_useful + d.values.tokens_wasted)).digits(2);
    if (data[i].length === 0) return;
    p.g.append("path").attr("class", "series").attr("data-keys", armKey(i)).attr("d", useful(data[i]) ?? "").attr("fill", USEFUL_COLOR).attr("fill-opacity", 0.85);
    p.g.append("path").attr("class", "series").attr("data-keys", armKey(i)).attr("d", wasted(data[i]) ?? "").attr("fill", WASTED_COLOR).attr("fill-opacity", 0.85);
    hoverColumns(p.g, x, p.height, data[i].map((d) => ({
      x: d.week,
      lines: [`${arms[i]}, week ${d.week}`, `useful: ${short(d.values.tokens_useful)} tokens`, `wasted: ${short(d.values.tokens_wasted)} tokens`],
    })));
  });
  return f.finish(bottom + 4);
}

/** One sentence: which arm wastes most of its tokens, and which waste none. */
export function tokensByWeekFinding(t: RunTables): string {
  const arms = armNames(t);
  const shares = arms.map((arm) => {
    const w = weekly(t, arm, ["tokens_useful", "tokens_wasted"]);
    const u = d3.sum(w, (p) => p.values.tokens_useful), x = d3.sum(w, (p) => p.values.tokens_wasted);
    return u + x > 0 ? x / (u + x) : 0;
  });
  const worst = d3.maxIndex(shares);
  if (worst < 0 || shares[worst] <= 0) return "No arm wastes tokens.";
  const none = arms.filter((_, i) => shares[i] === 0);
  return `${arms[worst]} wastes the largest share of its tokens, ${pct(shares[worst])}` + (none.length ? `; ${list(none)} waste${none.length === 1 ? "s" : ""} none.` : ".");
}
