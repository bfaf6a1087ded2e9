// YAML read with source positions kept, so that a problem in any file a user writes (scenarios, calibration
// targets) is reported as FILE:LINE: path: message. The same approach as scenario/read.ts, as a reusable helper.
import { readFileSync } from "node:fs";
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import { UserError } from "../errors.js";

export interface YamlSource {
  /** The document as plain data. */
  data: unknown;
  /** The 1-based line of the deepest node on `path` that exists (the key of a field, the parent of a missing one). */
  lineOf(path: readonly (string | number)[]): number;
}

function lineIn(doc: Document, counter: LineCounter, path: readonly (string | number)[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const node = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true);
    if (isNode(node) && node.range) {
      if (depth > 0 && typeof path[depth - 1] === "string") {
        const parent = depth === 1 ? doc.contents : doc.getIn(prefix.slice(0, -1), true);
        const pair = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items?.find(
          (p) => p.key?.value === path[depth - 1],
        );
        if (pair?.key?.range) return counter.linePos(pair.key.range[0]).line;
      }
      return counter.linePos(node.range[0]).line;
    }
  }
  return 1;
}

/** Parses YAML text (JSON is YAML too); syntax errors throw a UserError with FILE:LINE. */
export function parseYamlSource(text: string, file: string): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, customTags: [] });
  if (doc.errors.length > 0) {
    throw new UserError(doc.errors.map((e) => `${file}:${counter.linePos(e.pos[0]).line}: ${e.message.split("\n")[0]}`));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new UserError(`${file}:1: ${(e as Error).message.split("\n")[0]}`);
  }
  return { data, lineOf: (path) => lineIn(doc, counter, path) };
}

/** Reads a UTF-8 text file of at most `maxBytes`; every failure is a UserError naming the file and `what` it should be. */
export function readTextFile(file: string, what: string, maxBytes = 1_000_000): string {
  try {
    const bytes = readFileSync(file);
    if (bytes.length > maxBytes) throw new UserError(`${file}: file is larger than ${maxBytes} bytes; is it a ${what}?`);
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "is a directory, not a file" : err instanceof TypeError ? "not valid UTF-8 text" : err.message;
    throw new UserError(`${file}: cannot read ${what}: ${why}`);
  }
}
