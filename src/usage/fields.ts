// Checking the fields of one JSON record: known fields only, non-negative integer token counts, dates.
// Every check reports `FILE: data[3].results[0].output_tokens: must be a non-negative integer, got -5`.
import type { Problems } from "./types.js";

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** A short rendering of a bad value for an error message. */
export function show(v: unknown): string {
  if (v === undefined) return "nothing (field missing)";
  const s = JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/** Context for the checks on one record: its file, its path, and where problems go. */
export class At {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly problems: Problems,
  ) {}

  child(key: string | number): At {
    return new At(this.file, typeof key === "number" ? `${this.path}[${key}]` : `${this.path}.${key}`, this.problems);
  }

  fail(message: string): void {
    this.problems.add(`${this.file}: ${this.path}: ${message}`);
  }

  /** Reports fields not in `known`; `hint` is appended (e.g. which format the field belongs to). */
  knownFields(o: JsonObject, known: readonly string[], hint = ""): void {
    for (const key of Object.keys(o)) {
      if (!known.includes(key)) this.child(key).fail(`unknown field${hint}`);
    }
  }

  object(o: JsonObject, key: string, required = true): JsonObject | undefined {
    const v = o[key];
    if (v === undefined || v === null) {
      if (required) this.child(key).fail("missing (an object is required)");
      return undefined;
    }
    if (!isObject(v)) {
      this.child(key).fail(`must be an object, got ${show(v)}`);
      return undefined;
    }
    return v;
  }

  array(o: JsonObject, key: string): Json[] | undefined {
    const v = o[key];
    if (!Array.isArray(v)) {
      this.child(key).fail(`must be an array, got ${show(v)}`);
      return undefined;
    }
    return v;
  }

  /** A token count: a non-negative integer; absent or null counts as 0 when `optional`. */
  count(o: JsonObject, key: string, optional = false): number {
    const v = o[key];
    if ((v === undefined || v === null) && optional) return 0;
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
      this.child(key).fail(`must be a non-negative integer, got ${show(v)}`);
      return 0;
    }
    return v;
  }

  /** A non-negative finite number (e.g. a cost). */
  amount(o: JsonObject, key: string): number {
    const v = o[key];
    const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
    if (typeof n !== "number" || !Number.isFinite(n) || n < 0) {
      this.child(key).fail(`must be a non-negative number, got ${show(v)}`);
      return 0;
    }
    return n;
  }

  /** A string (or null when `nullable`); returns null for null. */
  string(o: JsonObject, key: string, nullable = false): string | null {
    const v = o[key];
    if ((v === null || v === undefined) && nullable) return null;
    if (typeof v !== "string" || v === "") {
      this.child(key).fail(`must be a non-empty string, got ${show(v)}`);
      return null;
    }
    return v;
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch for a YYYY-MM-DD day or an RFC 3339 timestamp; NaN when neither. */
export function parseTime(s: string): number {
  if (DAY.test(s)) {
    const t = Date.parse(`${s}T00:00:00Z`);
    return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s ? NaN : t;
  }
  const m = RFC3339.exec(s);
  if (!m) return NaN;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  if (Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) return NaN;
  if (+m[4] > 23 || +m[5] > 59 || +m[6] > 60) return NaN;
  return Date.parse(s.replace(" ", "T"));
}

/** The UTC day (YYYY-MM-DD) of epoch milliseconds. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Reads a time field: a day or RFC 3339 timestamp string, or unix seconds when `unixSeconds`. */
export function timeField(at: At, o: JsonObject, key: string, unixSeconds = false): number {
  const v = o[key];
  if (unixSeconds) {
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
      at.child(key).fail(`must be a time in unix seconds (a non-negative integer), got ${show(v)}`);
      return NaN;
    }
    return v * 1000;
  }
  const t = typeof v === "string" ? parseTime(v) : NaN;
  if (Number.isNaN(t)) at.child(key).fail(`must be a UTC date (YYYY-MM-DD) or an RFC 3339 time, got ${show(v)}`);
  return t;
}

/** Every UTC day touched by [start, end) (end exclusive). */
export function daysBetween(startMs: number, endMs: number): string[] {
  const days: string[] = [];
  const DAY_MS = 86_400_000;
  for (let t = Math.floor(startMs / DAY_MS) * DAY_MS; t < endMs; t += DAY_MS) days.push(utcDay(t));
  return days;
}
