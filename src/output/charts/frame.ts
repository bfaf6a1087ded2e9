// The frame every chart shares: a standalone <svg> with <title>, <desc>, a visible title and subtitle, and
// `finish()` that rounds every attribute number to 2 decimals and serializes the chart as XML.
import * as d3 from "d3";
import { chartDom } from "./dom.js";
import { roundNumbersIn, textWidth } from "./format.js";
import { INK } from "./palette.js";

export type Svg = d3.Selection<SVGSVGElement, unknown, null, undefined>;
export type G = d3.Selection<SVGGElement, unknown, null, undefined>;

export const WIDTH = 760;
export const FONT = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

export interface Frame {
  svg: Svg;
  /** y (px) below the title and subtitle, where the legend or plot may start. */
  top: number;
  /** Sets the final height, rounds attributes, serializes, and removes the chart from the shared document. */
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
  svg.append("text").attr("x", 16).attr("y", 24).attr("font-size", 16).attr("font-weight", 600).text(fit(o.title, width - 32, 16));
  let top = 34;
  if (o.subtitle) {
    svg.append("text").attr("x", 16).attr("y", 44).attr("font-size", 12).attr("fill", "#555555").text(fit(o.subtitle, width - 32, 12));
    top = 54;
  }
  return {
    svg,
    top,
    finish: (height) => {
      svg.attr("width", width).attr("height", Math.ceil(height)).attr("viewBox", `0 0 ${width} ${Math.ceil(height)}`);
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
      // Colours (#E69F00) and names hold digits that are not numbers; only geometry is rounded.
      if (attr.value.startsWith("#") || NOT_GEOMETRY.has(attr.name)) continue;
      const v = roundNumbersIn(attr.value);
      if (v !== attr.value) el.setAttribute(attr.name, v);
    }
  }
}

/** Shortens a label with "…" so it fits `maxWidth` px (estimated). */
export function fit(s: string, maxWidth: number, fontSize = 11): string {
  if (textWidth(s, fontSize) <= maxWidth) return s;
  const n = Math.max(1, Math.floor(maxWidth / (fontSize * 0.62)) - 1);
  return s.slice(0, n) + "…";
}
