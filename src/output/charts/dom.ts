// The one place a DOM is created: charts are drawn with d3 into a jsdom document and serialized as XML,
// so the same data gives the same bytes with no browser.
import { JSDOM } from "jsdom";

export interface ChartDom {
  document: Document;
  /** Serializes an element as standalone XML (escapes < & " in text and attributes; keeps xmlns). */
  serialize: (node: Element) => string;
}

let shared: ChartDom | undefined;

/** A blank HTML document and its XML serializer; created once and reused (charts remove what they draw). */
export function chartDom(): ChartDom {
  if (!shared) {
    const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>");
    const serializer = new dom.window.XMLSerializer();
    shared = { document: dom.window.document, serialize: (node) => serializer.serializeToString(node) };
  }
  return shared;
}
