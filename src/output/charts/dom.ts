// The one place a DOM is created: charts are drawn with d3 into a jsdom document and serialized as XML,
// so the same data gives the same bytes with no browser.
// jsdom is loaded on the first chart, not with this module: loading it takes most of a second
// (docs/PERFORMANCE.md), which every command would pay at start-up, charts or not (`validate`, `--help`, and a
// batch, whose worker threads would start only after it).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface ChartDom {
  document: Document;
  /** Serializes an element as standalone XML (escapes < & " in text and attributes; keeps xmlns). */
  serialize: (node: Element) => string;
}

let shared: ChartDom | undefined;

/** A blank HTML document and its XML serializer; created once and reused (charts remove what they draw). */
export function chartDom(): ChartDom {
  if (!shared) {
    const { JSDOM } = require("jsdom") as typeof import("jsdom");
    const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>");
    const serializer = new dom.window.XMLSerializer();
    shared = { document: dom.window.document, serialize: (node) => serializer.serializeToString(node) };
  }
  return shared;
}

/** Loads jsdom and creates the shared document now, so that the first chart does not wait for it. */
export function loadChartDom(): void {
  chartDom();
}
