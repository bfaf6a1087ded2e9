// Reading a scenario file: the only I/O of the scenario layer. YAML (JSON is YAML too) is parsed with
// source positions kept, so every problem is reported as FILE:LINE: path: message.
import { readFileSync } from "node:fs";
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import { UserError } from "../errors.js";
import { formatPath, validateScenario, type Problem } from "./validate.js";
import type { Scenario } from "./schema.js";

/** Largest scenario file accepted, bytes: far above any real one, small enough to refuse a runaway file. */
const MAX_BYTES = 1_000_000;

/** The 1-based line of the deepest node on `path` that exists in the document. */
function lineOf(doc: Document, counter: LineCounter, path: readonly (string | number)[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const node = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true);
    // For a field that exists, point at its key; for a missing one, at its parent.
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

export function parseScenarioText(text: string, file: string): Scenario {
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
  const result = validateScenario(data);
  if (!result.ok) {
    const lines = result.problems.map((p: Problem) => `${file}:${lineOf(doc, counter, p.path)}: ${formatPath(p.path)}: ${p.message}`);
    throw new UserError(lines);
  }
  return result.scenario;
}

export function readScenarioFile(file: string): Scenario {
  let text: string;
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_BYTES) throw new UserError(`${file}: file is larger than ${MAX_BYTES} bytes; is it a scenario?`);
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "is a directory, not a file" : err instanceof TypeError ? "not valid UTF-8 text" : err.message;
    throw new UserError(`${file}: cannot read scenario: ${why}`);
  }
  return parseScenarioText(text, file);
}
