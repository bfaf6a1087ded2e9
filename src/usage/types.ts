// Imported usage: the provider-neutral record every format parser produces, and the problem collector that
// turns bad input into one UserError line per problem, each naming the file, the record and the field.
import { UserError } from "../errors.js";

export const USAGE_FORMATS = ["anthropic-claude-code", "anthropic-messages", "openai-completions", "csv"] as const;
export type UsageFormat = (typeof USAGE_FORMATS)[number];

/** Tokens one user spent on one UTC day (possibly one of several records for that user and day). */
export interface UsageRecord {
  /** The provider's identifier of the user (email, key, workspace...): never written to any output. */
  user: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
  /** Uncached input tokens. */
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
  /** Cost in USD when the export carries one, else null. */
  costUsd: number | null;
}

/** What a parser found in its files. */
export interface ParsedUsage {
  records: UsageRecord[];
  /** Every UTC day the export covers, including days on which nobody used anything (from bucket bounds). */
  coveredDays: Set<string>;
  /** Non-fatal remarks (e.g. the last page says more pages follow). */
  warnings: string[];
  /** What identifies a "user" in this export, e.g. "actor email / API key name" or "api_key_id". */
  userKey: string;
}

/** Most problems reported at once; past this the list ends with "...". */
const MAX_PROBLEMS = 20;

/** Collects problems; `fail()` throws them all as one UserError. */
export class Problems {
  readonly lines: string[] = [];
  add(line: string): void {
    if (this.lines.length < MAX_PROBLEMS) this.lines.push(line);
    else if (this.lines.length === MAX_PROBLEMS) this.lines.push("... (further problems not shown)");
  }
  get count(): number {
    return this.lines.length;
  }
  throwIfAny(): void {
    if (this.lines.length > 0) throw new UserError(this.lines);
  }
}

export function emptyParsed(userKey: string): ParsedUsage {
  return { records: [], coveredDays: new Set(), warnings: [], userKey };
}
