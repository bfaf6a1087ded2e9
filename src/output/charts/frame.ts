// The frame every chart shares: a standalone <svg> with <title>, <desc>, a visible title and subtitle (wrapped,
// never cut), notes under the chart (sampling, clipping, replicates, non-zero baselines), and `finish()` that
// rounds every attribute number to 2 decimals and serializes the chart as XML. Labels are drawn through
// `label()`, which wraps them to measured widths and, when even that does not fit, shortens them and lists the
// full text in a <title> and in the notes.
import * as d3 from "d3";
import { chartDom } from "./dom.js";
import { roundNumbersIn } from "./format.js";
import { INK, MUTED } from "./palette.js";
import { fitLabel, FONT_FAMILY, lineHeight, linesWidth, type Weight } from "./text.js";

export type Svg = d3.Selection<SVGSVGElement, unknown, null, undefined>;
export type G = d3.Selection<SVGGElement, unknown, null, undefined>;

export const WIDTH = 760;
export const FONT = FONT_FAMILY;
const PAD = 16;
const NOTE_SIZE = 10.5;

export interface LabelOptions {
  /** Widest a line may be, px. */
  maxWidth: number;
  /** Lines before the label is shortened with "…" (default 2). */
  maxLines?: number;
  fontSize?: number;
  weight?: Weight;
  anchor?: "start" | "middle" | "end";
  /** "baseline": y is the first line's baseline; "middle": the block is centred on y; "top": the block starts at y. */
  align?: "baseline" | "middle" | "top";
  fill?: string;
  className?: string;
}

export interface DrawnLabel {
  lines: number;
  /** Height of the block of lines, px (from the first line's top to the last line's descent). */
  height: number;
  width: number;
  text: d3.Selection<SVGTextElement, unknown, null, undefined>;
}

export interface Frame {
  svg: Svg;
  width: number;
  /** y (px) below the title and subtitle, where the legend or plot may start. */
  top: number;
  /** A sentence printed under the chart: what was sampled, clipped, or where an axis starts. */
  note: (text: string) => void;
  /** Draws a label wrapped to `maxWidth` (see LabelOptions). */
  label: (parent: Svg | G, x: number, y: number, text: string, o: LabelOptions) => DrawnLabel;
  /** Draws the notes from y = `height`, sets the final height, rounds attributes, serializes, removes the chart. */
  finish: (height: number) => string;
}

export interface FrameOptions {
  title: string;
  /** Screen-reader description: what is plotted against what, in which units. */
  desc: string;
  /** Visible line under the title (data source, sampling note, replicates). */
  subtitle?: string;
  width?: number;
}

export function frame(o: FrameOptions): Frame {
  const { document, serialize } = chartDom();
  const width = o.width ?? WIDTH;
  const svg = d3.select(document.body).append("svg") as unknown as Svg;
  svg
    .attr("xmlns", "http://www.w3.org/2000/svg")
    .attr("role", "img")
    .attr("font-family", FONT)
    .attr("font-size", 11)
    .attr("fill", INK);
  svg.append("title").text(o.title);
  svg.append("desc").text(o.desc);
  svg.append("rect").attr("width", width).attr("height", "100%").attr("fill", "#ffffff");
  const notes: string[] = [];
  const shortened: string[] = [];

  const label = (parent: Svg | G, x: number, y: number, text: string, lo: LabelOptions): DrawnLabel => {
    const fontSize = lo.fontSize ?? 11;
    const style = { fontSize, weight: lo.weight };
    const fitted = fitLabel(text, lo.maxWidth, lo.maxLines ?? 2, style);
    const lh = lineHeight(fontSize);
    const n = fitted.lines.length;
    const first = lo.align === "middle" ? y - ((n - 1) * lh) / 2 + fontSize * 0.35 : lo.align === "top" ? y + fontSize * 0.9 : y;
    const t = (parent as G).append("text").attr("x", x).attr("y", first);
    if (lo.className) t.attr("class", lo.className);
    if (fontSize !== 11) t.attr("font-size", fontSize);
    if (lo.weight === "bold") t.attr("font-weight", "bold");
    if (lo.anchor && lo.anchor !== "start") t.attr("text-anchor", lo.anchor);
    if (lo.fill) t.attr("fill", lo.fill);
    if (n === 1) t.text(fitted.lines[0]);
    else fitted.lines.forEach((line, i) => t.append("tspan").attr("x", x).attr("dy", i === 0 ? 0 : lh).text(line));
    if (fitted.shortened) {
      t.append("title").text(text);
      if (!shortened.includes(text)) shortened.push(text);
    }
    return { lines: n, height: (n - 1) * lh + fontSize * 1.15, width: linesWidth(fitted.lines, style), text: t };
  };

  const title = label(svg, PAD, 24, o.title, { maxWidth: width - 2 * PAD, maxLines: 3, fontSize: 16, weight: "bold" });
  let top = 24 + title.height - 16 + 10;
  if (o.subtitle) {
    const sub = label(svg, PAD, top + 10, o.subtitle, { maxWidth: width - 2 * PAD, maxLines: 4, fontSize: 12, fill: MUTED });
    top += 10 + sub.height - 12 + 10;
  }
  return {
    svg,
    width,
    top,
    note: (text) => {
      if (!notes.includes(text)) notes.push(text);
    },
    label,
    finish: (height) => {
      let bottom = height;
      const all = [...notes, ...(shortened.length ? [`Shortened above, in full: ${shortened.join("; ")}.`] : [])];
      for (const n of all) {
        const d = label(svg, PAD, bottom + 4, n, { maxWidth: width - 2 * PAD, maxLines: 12, fontSize: NOTE_SIZE, fill: MUTED, align: "top", className: "note" });
        bottom += 4 + d.height + 2;
      }
      if (all.length) bottom += 8;
      svg.attr("width", width).attr("height", Math.ceil(bottom)).attr("viewBox", `0 0 ${width} ${Math.ceil(bottom)}`);
      const node = svg.node()!;
      roundAttributes(node);
      const xml = serialize(node);
      node.remove();
      return xml + "\n";
    },
  };
}

const NOT_GEOMETRY = new Set(["fill", "stroke", "color", "class", "font-family", "xmlns", "role"]);

/** Rounds numbers in every attribute; a NaN or Infinity in an attribute is a bug and throws. */
function roundAttributes(root: Element): void {
  const all = [root, ...Array.from(root.querySelectorAll("*"))];
  for (const el of all) {
    for (const attr of Array.from(el.attributes)) {
      if (/NaN|Infinity/.test(attr.value)) throw new Error(`chart bug: ${el.tagName} ${attr.name}="${attr.value}"`);
      // Colours (#E69F00), names and data attributes hold digits that are not geometry; only geometry is rounded.
      if (attr.value.startsWith("#") || NOT_GEOMETRY.has(attr.name) || attr.name.startsWith("data-")) continue;
      const v = roundNumbersIn(attr.value);
      if (v !== attr.value) el.setAttribute(attr.name, v);
    }
  }
}
