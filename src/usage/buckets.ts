// Time-bucketed usage reports (Anthropic messages usage, OpenAI completions usage): `data[]` buckets with a
// start, an end and `results[]`, each result one group (API key, workspace, user, project, model...). The
// grouping key is the "user"; usage in a bucket is counted on the UTC day the bucket starts.
import { At, daysBetween, isObject, timeField, utcDay, type JsonObject } from "./fields.js";
import { pagingWarnings, readPage, type Page } from "./pages.js";
import { emptyParsed, type ParsedUsage, type Problems, type UsageFormat, type UsageRecord } from "./types.js";

export interface BucketFormat {
  format: UsageFormat;
  top: readonly string[];
  bucket: readonly string[];
  result: readonly string[];
  start: string;
  end: string;
  unixSeconds: boolean;
  /** Grouping fields that identify a user, most specific first; the first one set anywhere is the user. */
  userKeys: readonly string[];
  /** Label of a user whose grouping field is null (e.g. the default workspace). */
  nullLabel: Record<string, string>;
  /** Fixed values of an `object` field, if the format has one. */
  objects?: { bucket: string; result: string };
  /** Token counts of one result (fields already known to exist). */
  tokens(at: At, r: JsonObject): Omit<UsageRecord, "user" | "day" | "costUsd">;
}

interface Pending {
  at: At;
  result: JsonObject;
  day: string;
  tokens: Omit<UsageRecord, "user" | "day" | "costUsd">;
  bucketKey: string;
}

export function parseBuckets(files: readonly string[], f: BucketFormat, problems: Problems): ParsedUsage {
  const pending: Pending[] = [];
  const covered = new Set<string>();
  const pages: Page[] = [];
  for (const file of files) {
    const page = readPage(file, f.format, f.top, problems);
    if (!page) continue;
    pages.push(page);
    page.data.forEach((bucket, i) => {
      const at = new At(file, `data[${i}]`, problems);
      if (!isObject(bucket)) return at.fail("must be an object (one time bucket)");
      const before = problems.count;
      at.knownFields(bucket, f.bucket, ` (check --format: not a ${f.format} bucket field)`);
      if (f.objects && bucket.object !== undefined && bucket.object !== f.objects.bucket) {
        at.child("object").fail(`must be "${f.objects.bucket}", got ${JSON.stringify(bucket.object)}`);
      }
      const start = timeField(at, bucket, f.start, f.unixSeconds);
      const end = timeField(at, bucket, f.end, f.unixSeconds);
      if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start) {
        at.child(f.end).fail(`must be after ${f.start} (the bucket ends at ${new Date(end).toISOString()}, before it starts at ${new Date(start).toISOString()})`);
      }
      const results = at.array(bucket, "results") ?? [];
      if (problems.count > before) return;
      for (const d of daysBetween(start, end)) covered.add(d);
      const day = utcDay(start);
      results.forEach((r, j) => {
        const rat = at.child("results").child(j);
        if (!isObject(r)) return rat.fail("must be an object (one group's usage)");
        const b = problems.count;
        rat.knownFields(r, f.result, ` (check --format: not a ${f.format} result field)`);
        if (f.objects && r.object !== undefined && r.object !== f.objects.result) {
          rat.child("object").fail(`must be "${f.objects.result}", got ${JSON.stringify(r.object)}`);
        }
        for (const k of f.userKeys) {
          if (r[k] !== undefined && r[k] !== null && (typeof r[k] !== "string" || r[k] === "")) rat.child(k).fail(`must be a non-empty string or null, got ${JSON.stringify(r[k])}`);
        }
        const tokens = f.tokens(rat, r);
        if (problems.count > b) return;
        pending.push({ at: rat, result: r, day, tokens, bucketKey: `${start}/${end}` });
      });
    });
  }
  // The grouping: the first user key any result carries.
  const key = f.userKeys.find((k) => pending.some((p) => typeof p.result[k] === "string"));
  const out = emptyParsed(key ?? "(none: the export is not grouped; all usage counts as one user)");
  if (key === undefined && pending.length > 0) {
    out.warnings.push(`the export is not grouped by ${f.userKeys.join(", ")}: all usage counts as one user (export with group_by=${f.userKeys[0]})`);
  }
  const seen = new Map<string, string>();
  for (const p of pending) {
    const id = key === undefined ? "organisation" : typeof p.result[key] === "string" ? (p.result[key] as string) : (f.nullLabel[key] ?? "(none)");
    const user = `${key ?? "all"}:${id}`;
    // The same group twice in one bucket means a page was given twice.
    const dims = f.userKeys.concat(["model", "service_tier", "context_window", "inference_geo", "speed", "batch", "api_source"]).map((k) => JSON.stringify(p.result[k] ?? null)).join("/");
    const dup = `${p.bucketKey}|${dims}`;
    const prev = seen.get(dup);
    if (prev !== undefined) {
      p.at.fail(`duplicate result for the same bucket and group as ${prev} (same page given twice?)`);
      continue;
    }
    seen.set(dup, `${p.at.file}: ${p.at.path}`);
    out.records.push({ user, day: p.day, costUsd: null, ...p.tokens });
  }
  out.coveredDays = covered;
  out.warnings.push(...pagingWarnings(pages));
  return out;
}
