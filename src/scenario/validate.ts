// Validation of a parsed scenario document: pure, returns every problem at once as data.
import type { z } from "zod";
import { scenarioSchema, type Scenario } from "./schema.js";

export interface Problem {
  /** Field path, e.g. ["arms", 0, "policies", 1, "target"]; [] for the whole document. */
  path: (string | number)[];
  message: string;
}

export type Validation = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

function describe(issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ path: [...issue.path, key] as (string | number)[], message: "unknown field (check its spelling)" }));
  }
  if (issue.code === "invalid_union" && "options" in issue && Array.isArray(issue.options)) {
    const known = (issue.options as unknown[]).map(String).join(", ");
    return [{ path: issue.path as (string | number)[], message: `unknown policy type; known types: ${known}` }];
  }
  return [{ path: issue.path as (string | number)[], message: issue.message.replace(/^Invalid input: /, "") }];
}

/** Checks a parsed document against the scenario schema and fills in every default. */
export function validateScenario(doc: unknown): Validation {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    return { ok: false, problems: [{ path: [], message: "a scenario must be a mapping of fields (name, arms, ...)" }] };
  }
  const parsed = scenarioSchema.safeParse(doc);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, problems: parsed.error.issues.flatMap(describe) };
}

/** "a.b[2].c" for a field path. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out === "" ? "(document)" : out;
}
