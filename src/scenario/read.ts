// Reading a scenario file, optionally with an overlay (a partial scenario, e.g. from `import-usage`, deep-merged
// over it before validation): the only I/O of the scenario layer. Every problem is reported as
// FILE:LINE: path: message, in the overlay's file when the overlay sets that field.
import { UserError } from "../errors.js";
import { formatPath, validateScenario } from "./validate.js";
import type { Scenario } from "./schema.js";
import { parseYamlSource, readTextFile, type YamlSource } from "./yaml-source.js";

const isMapping = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);

/**
 * Mappings merge field by field; anything else in the overlay (numbers, lists) replaces what is below it.
 * Five lines, kept over deepmerge, which concatenates lists unless told otherwise.
 */
export function deepMerge(base: unknown, overlay: unknown): unknown {
  if (!isMapping(base) || !isMapping(overlay)) return overlay;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(overlay)) out[k] = k in base ? deepMerge(base[k], v) : v;
  return out;
}

function hasPath(data: unknown, path: readonly (string | number)[]): boolean {
  let cur = data;
  for (const p of path) {
    if (cur === null || typeof cur !== "object" || !(p in (cur as object))) return false;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return true;
}

function validateSources(base: { file: string; src: YamlSource }, overlay?: { file: string; src: YamlSource }): Scenario {
  if (overlay && !isMapping(overlay.src.data)) throw new UserError(`${overlay.file}:1: (document): an overlay must be a mapping of scenario fields`);
  const data = overlay ? deepMerge(base.src.data, overlay.src.data) : base.src.data;
  const result = validateScenario(data);
  if (result.ok) return result.scenario;
  throw new UserError(
    result.problems.map((p) => {
      const from = overlay && p.path.length > 0 && hasPath(overlay.src.data, p.path) ? overlay : base;
      return `${from.file}:${from.src.lineOf(p.path)}: ${formatPath(p.path)}: ${p.message}`;
    }),
  );
}

export function parseScenarioText(text: string, file: string): Scenario {
  return validateSources({ file, src: parseYamlSource(text, file) });
}

export function readScenarioFile(file: string, overlayFile?: string): Scenario {
  const base = { file, src: parseYamlSource(readTextFile(file, "scenario"), file) };
  const overlay = overlayFile !== undefined ? { file: overlayFile, src: parseYamlSource(readTextFile(overlayFile, "scenario overlay"), overlayFile) } : undefined;
  return validateSources(base, overlay);
}
