// Reading paged admin-API exports: each file is one page `{ "data": [...], "has_more": ..., "next_page": ... }`
// as the provider returned it; several files are several pages of one export.
import { readFileSync } from "node:fs";
import { isObject, show, type Json, type JsonObject } from "./fields.js";
import type { Problems, UsageFormat } from "./types.js";

/** Largest export file accepted, bytes: an admin API page is far smaller. */
const MAX_BYTES = 512 * 1024 * 1024;

/** The raw text of a file, or a problem naming it. */
export function readText(file: string, problems: Problems): string | undefined {
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_BYTES) {
      problems.add(`${file}: file is larger than ${MAX_BYTES} bytes; is it a usage export?`);
      return undefined;
    }
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "is a directory, not a file" : err instanceof TypeError ? "not valid UTF-8 text" : err.message;
    problems.add(`${file}: cannot read usage export: ${why}`);
    return undefined;
  }
}

/** Guesses which format a page's first record belongs to, for a hint when --format looks wrong. */
export function guessFormat(page: JsonObject): UsageFormat | undefined {
  const first = Array.isArray(page.data) ? page.data[0] : undefined;
  if (!isObject(first)) return undefined;
  if ("actor" in first || "model_breakdown" in first) return "anthropic-claude-code";
  if ("start_time" in first || first.object === "bucket") return "openai-completions";
  if ("starting_at" in first) return "anthropic-messages";
  return undefined;
}

export interface Page {
  file: string;
  data: Json[];
  hasMore: boolean;
}

/** Parses one page file; returns undefined (with problems added) when it is not a page of `format`. */
export function readPage(file: string, format: UsageFormat, topFields: readonly string[], problems: Problems): Page | undefined {
  const text = readText(file, problems);
  if (text === undefined) return undefined;
  if (text.trim() === "") {
    problems.add(`${file}: empty file (expected a JSON page of a ${format} export)`);
    return undefined;
  }
  if (!/^\s*[{[]/.test(text)) {
    problems.add(`${file}: not JSON (a ${format} export is a JSON page starting with '{'; check --format)`);
    return undefined;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message.split("\n")[0];
    const pos = /at position (\d+)/.exec(msg);
    const end = text.trimEnd().length;
    const truncated = /end of JSON input/i.test(msg) || (pos !== null && +pos[1] >= end - 1);
    const line = pos !== null ? `line ${text.slice(0, +pos[1]).split("\n").length}: ` : "";
    problems.add(`${file}: ${line}not valid JSON${truncated ? " (truncated file?)" : ""}: ${msg}`);
    return undefined;
  }
  if (!isObject(doc)) {
    problems.add(`${file}: (document): must be a JSON object with a "data" array (one page of a ${format} export), got ${show(doc)}`);
    return undefined;
  }
  const guess = guessFormat(doc);
  if (guess !== undefined && guess !== format) {
    problems.add(`${file}: looks like an ${guess} export, not ${format} (check --format)`);
    return undefined;
  }
  if (!Array.isArray(doc.data)) {
    problems.add(`${file}: data: must be an array of records (is this one page of a ${format} export?), got ${show(doc.data)}`);
    return undefined;
  }
  let ok = true;
  for (const key of Object.keys(doc)) {
    if (!topFields.includes(key)) {
      problems.add(`${file}: ${key}: unknown field at the top of the page (expected ${topFields.join(", ")})`);
      ok = false;
    }
  }
  if (doc.has_more !== undefined && typeof doc.has_more !== "boolean") {
    problems.add(`${file}: has_more: must be true or false, got ${show(doc.has_more)}`);
    ok = false;
  }
  return ok ? { file, data: doc.data, hasMore: doc.has_more === true } : undefined;
}

/** A warning when every page given says more pages follow: the last page of the export is missing. */
export function pagingWarnings(pages: Page[]): string[] {
  return pages.length > 0 && pages.every((p) => p.hasMore)
    ? [`every page given says has_more: true; the export's later pages seem missing (pass every page file)`]
    : [];
}
