// calibration.svg: each target's simulated value against its published one, on a ratio scale
// (simulated ÷ published, log axis): a dot for the mean over replicates, whiskers for its 95% interval, a shaded
// band for the published tolerance (published ± tolerance) and a line at 1 (a perfect match). One row per target.
import * as d3 from "d3";
import { formatMetricValue, type Comparison } from "../comparison.js";
import { frame, WIDTH } from "./frame.js";
import { thinTicks } from "./axes.js";
import { textWidth } from "./text.js";
import { legend } from "./legend.js";
import { GRID, INK, OKABE_ITO } from "./palette.js";

const ROW = 30;
const LEFT = 250;
const RIGHT = 150;
const WITHIN = OKABE_ITO.blue;
const OUTSIDE = OKABE_ITO.vermillion;
const BAND = "#dcdcdc";

const ratioLabel = (v: number) => `${+v.toPrecision(2)}×`;
const TICKS = [0.1, 0.2, 0.3, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 5, 10];

export function calibrationChart(rows: readonly Comparison[], subtitle: string): string {
  const f = frame({
    title: "Calibration: simulated against published figures",
    desc: "One row per target: simulated value divided by the published value on a logarithmic x axis (1 = a perfect match); " +
      "a dot for the simulated mean over replicates, whiskers for its 95% interval, a grey band for the published value plus or minus its tolerance. " +
      "Blue dots are within tolerance, vermillion outside; hollow dots are targets reported but not fitted (weight 0).",
    subtitle,
  });
  const lh = legend(f, f.svg, 24, f.top + 8, WIDTH - 40, [
    { label: "within tolerance", color: WITHIN, kind: "dot" },
    { label: "outside tolerance", color: OUTSIDE, kind: "dot" },
    { label: "reported, not fitted", color: INK, kind: "ring" },
    { label: "published ± tolerance", color: BAND, kind: "rect" },
  ]);
  const top = f.top + lh + 18;
  const width = WIDTH - LEFT - RIGHT;
  const height = Math.max(1, rows.length) * ROW;
  const g = f.svg.append("g").attr("transform", `translate(${LEFT},${top})`);
  const rel = (v: number, r: Comparison) => (r.published !== 0 ? v / r.published : NaN);
  const shown = rows.map((r) => ({
    r,
    point: rel(r.simulated, r),
    low: rel(r.ciLow, r),
    high: rel(r.ciHigh, r),
    bandLow: rel(r.published - r.tolerance, r),
    bandHigh: rel(r.published + r.tolerance, r),
  }));
  const all = shown.flatMap((s) => [s.point, s.low, s.high, s.bandLow, s.bandHigh]).filter((v) => Number.isFinite(v) && v > 0);
  let lo = Math.min(1, ...all), hi = Math.max(1, ...all);
  lo = Math.max(0.1, lo / 1.15);
  hi = Math.min(10, hi * 1.15);
  const x = d3.scaleLog().domain([lo, hi]).range([0, width]);
  const cx = (v: number) => x(Math.min(hi, Math.max(lo, Number.isFinite(v) && v > 0 ? v : lo)));
  const y = d3.scaleBand<number>().domain(shown.map((_, i) => i)).range([0, height]).padding(0.25);
  // Ticks at round ratios (the shared axes keep only powers of ten on a log scale, too few for 0.5×-2×).
  const ticks = thinTicks(TICKS.filter((v) => v >= lo && v <= hi), (v) => {
    const w = textWidth(ratioLabel(v), 10);
    return [x(v) - w / 2, x(v) + w / 2];
  }, [1]);
  // What lies beyond the axis is drawn at its edge with an arrowhead, and said.
  const clipped = shown.some((q) => [q.point, q.low, q.high].some((v) => Number.isFinite(v) && (v <= 0 || v < lo || v > hi)));
  if (clipped) f.note(`Values beyond ${ratioLabel(lo)}–${ratioLabel(hi)} are drawn at the axis edge with an arrowhead (◀ or ▶); the table gives them in full.`);
  const beyond = (v: number) => (Number.isFinite(v) && (v <= 0 || v < lo) ? -1 : Number.isFinite(v) && v > hi ? 1 : 0);
  const grid = g.append("g").attr("stroke", GRID);
  for (const v of ticks) grid.append("line").attr("x1", x(v)).attr("x2", x(v)).attr("y1", 0).attr("y2", height);
  const xa = g.append("g").attr("transform", `translate(0,${height})`)
    .call(d3.axisBottom(x).tickValues(ticks).tickFormat((v) => ratioLabel(+v)).tickSizeOuter(0));
  xa.attr("font-family", null).attr("font-size", 10).attr("fill", null);
  xa.selectAll("path, line").attr("stroke", INK);
  xa.selectAll("text").attr("fill", INK);
  g.append("text").attr("x", width / 2).attr("y", height + 32).attr("text-anchor", "middle").text("Simulated ÷ published (log scale; 1 = match)");
  g.append("line").attr("x1", x(1)).attr("x2", x(1)).attr("y1", 0).attr("y2", height).attr("stroke", INK).attr("stroke-width", 1).attr("stroke-dasharray", "3,3");
  shown.forEach((s, i) => {
    const yc = y(i)! + y.bandwidth() / 2;
    const row = g.append("g").attr("class", "target");
    f.label(row, 16 - LEFT, yc, s.r.id, { maxWidth: 52, maxLines: 2, weight: "bold", align: "middle" });
    f.label(row, 72 - LEFT, yc, s.r.metricLabel, { maxWidth: LEFT - 84, maxLines: 2, align: "middle" });
    if (Number.isFinite(s.bandHigh)) {
      row.append("rect").attr("x", cx(s.bandLow)).attr("width", Math.max(1, cx(s.bandHigh) - cx(s.bandLow))).attr("y", y(i)!).attr("height", y.bandwidth()).attr("fill", BAND);
    }
    const measured = Number.isFinite(s.point);
    const color = !measured ? "#999999" : Math.abs(s.r.error) <= 1 ? WITHIN : OUTSIDE;
    if (measured && Number.isFinite(s.low) && Number.isFinite(s.high) && s.high > s.low) {
      row.append("line").attr("x1", cx(s.low)).attr("x2", cx(s.high)).attr("y1", yc).attr("y2", yc).attr("stroke", color).attr("stroke-width", 2);
      for (const v of [s.low, s.high]) {
        const side = beyond(v);
        if (side === 0) row.append("line").attr("x1", cx(v)).attr("x2", cx(v)).attr("y1", yc - 5).attr("y2", yc + 5).attr("stroke", color).attr("stroke-width", 1.5);
        else row.append("path").attr("class", "clipped").attr("d", `M${cx(v)},${yc}l${-side * 7},-5v10z`).attr("fill", color);
      }
    }
    if (measured) {
      const fitted = s.r.weight > 0;
      row.append("circle").attr("cx", cx(s.point)).attr("cy", yc).attr("r", 5.5)
        .attr("fill", fitted ? color : "#ffffff").attr("stroke", fitted ? "#ffffff" : color).attr("stroke-width", fitted ? 1 : 2);
    }
    const value = measured ? `${formatMetricValue(s.r.unit, s.r.simulated)} vs ${formatMetricValue(s.r.unit, s.r.published)}` : `not measured vs ${formatMetricValue(s.r.unit, s.r.published)}`;
    f.label(row, width + 10, yc, value, { maxWidth: RIGHT - 14, maxLines: 2, align: "middle" });
    row.append("title").text(`${s.r.id} ${s.r.metricLabel}: simulated ${measured ? formatMetricValue(s.r.unit, s.r.simulated) : "not measured"}` +
      (s.r.n > 1 ? ` [${formatMetricValue(s.r.unit, s.r.ciLow)}, ${formatMetricValue(s.r.unit, s.r.ciHigh)}]` : "") + `, published ${formatMetricValue(s.r.unit, s.r.published)} ± ${formatMetricValue(s.r.unit, s.r.tolerance)}`);
  });
  return f.finish(top + height + 48);
}
