// Merges the folders of the n shards of one compare, sweep or sensitivity analysis into exactly the files one unsharded run writes.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { UserError } from "../errors.js";
import { writeFolderAtomically } from "../output/atomic.js";
import { csvHeader, csvLines } from "../output/csv.js";
import type { Row } from "../output/rows.js";
import { stringify } from "csv-stringify/sync";
import { BATCH_KINDS, handlerFor } from "./kinds/index.js";
import { batchManifest, FOCUS_FILE } from "./manifest.js";
import type { BatchManifest, BatchSpec } from "./spec.js";

const TEXT_COLUMNS = new Set(["scenario", "arm"]);

function readManifest(dir: string): BatchManifest {
  const file = join(dir, "manifest.json");
  if (!existsSync(file)) throw new UserError(`${file}: missing: is ${dir} a shard folder of tokensim compare, sweep or sensitivity?`);
  let m: BatchManifest;
  try {
    m = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UserError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (m.tool !== "tokensim" || !BATCH_KINDS.includes(m.command) || typeof m.batchHash !== "string") {
    throw new UserError(`${file}: not the manifest of a tokensim compare, sweep or sensitivity`);
  }
  return m;
}

function readRows(dir: string, m: BatchManifest, columns: readonly string[]): Row[] {
  const file = join(dir, handlerFor(m.command).rowsFile);
  let records: Record<string, string>[];
  try {
    records = parse(readFileSync(file, "utf8"), { columns: true });
  } catch (e) {
    throw new UserError(`${file}: cannot read: ${(e as Error).message.split("\n")[0]}`);
  }
  return records.map((rec, k) => {
    const row: Row = {};
    for (const c of columns) {
      const v = rec[c];
      if (v === undefined) throw new UserError(`${file}: row ${k + 2}: ${c}: missing column`);
      if (TEXT_COLUMNS.has(c)) row[c] = v;
      else {
        const x = Number(v);
        if (v === "" || !Number.isFinite(x)) throw new UserError(`${file}: row ${k + 2}: ${c}: not a number ("${v}")`);
        row[c] = x;
      }
    }
    return row;
  });
}

/** The shards' focus.csv rows in task order (scenario, then replicate), cells kept exactly as written. */
function mergeFocus(dirs: readonly string[], spec: BatchSpec): string {
  const groups = new Map<string, string[][]>();
  let header: string[] | undefined;
  for (const dir of dirs) {
    const file = join(dir, FOCUS_FILE);
    let records: string[][];
    try {
      records = parse(readFileSync(file, "utf8"));
    } catch (e) {
      throw new UserError(`${file}: cannot read: ${(e as Error).message.split("\n")[0]}`);
    }
    header ??= records[0];
    const si = records[0]?.indexOf("x_Scenario") ?? -1, ri = records[0]?.indexOf("x_Replicate") ?? -1;
    if (si < 0 || ri < 0) throw new UserError(`${file}: row 1: missing x_Scenario or x_Replicate`);
    for (const rec of records.slice(1)) {
      const key = `${rec[si]}\u0000${rec[ri]}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(rec);
    }
  }
  const ordered: string[][] = [header ?? []];
  for (const u of spec.units) for (let r = 0; r < spec.replicates; r++) ordered.push(...(groups.get(`${u.scenario.name}\u0000${r}`) ?? []));
  return stringify(ordered, { record_delimiter: "\n" });
}

export function mergeShards(dirs: readonly string[], out: string): void {
  const manifests = dirs.map(readManifest);
  const first = manifests[0];
  const problems: string[] = [];
  manifests.forEach((m, k) => {
    if (m.batchHash !== first.batchHash) problems.push(`${dirs[k]}: a shard of a different batch than ${dirs[0]} (scenarios, seeds, replicates or settings differ)`);
    if (!m.shard) problems.push(`${dirs[k]}: not a shard (it is a whole run already)`);
    else if (m.shard.count !== first.shard?.count) problems.push(`${dirs[k]}: shard of ${m.shard.count}, others of ${first.shard?.count}`);
  });
  if (problems.length > 0) throw new UserError(problems);
  const count = first.shard!.count;
  const seen = manifests.map((m) => m.shard!.index).sort((a, b) => a - b);
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((i) => !seen.includes(i));
  const twice = seen.filter((i, k) => seen.indexOf(i) !== k);
  if (missing.length > 0 || twice.length > 0) {
    throw new UserError(`merge: shards must cover 1..${count} exactly once${missing.length ? `; missing ${missing.join(", ")}` : ""}${twice.length ? `; given twice ${twice.join(", ")}` : ""}`);
  }

  const handler = handlerFor(first.command);
  const spec = handler.fromManifest(first);
  const columns = handler.columns(spec);
  const rows = dirs.flatMap((d, k) => readRows(d, manifests[k], columns));

  // Task order: unit, then replicate, then the arm's position in its scenario.
  const armOf = (r: Row, unit: number) => spec.units[unit].scenario.arms.findIndex((a) => a.name === r.arm);
  const keyed = rows.map((r) => {
    const unit = handler.unitOf(spec, r);
    if (!(Number.isInteger(unit) && unit >= 0 && unit < spec.units.length) || armOf(r, unit) < 0) throw new UserError(`merge: a row names scenario "${r.scenario}", arm "${r.arm}" that the manifest does not have`);
    return { r, key: [unit, r.replicate as number, armOf(r, unit)] };
  });
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  const sorted = keyed.map((k) => k.r);
  const expected = spec.units.reduce((n, u) => n + u.scenario.arms.length, 0) * spec.replicates;
  if (sorted.length !== expected) throw new UserError(`merge: expected ${expected} rows over all shards, found ${sorted.length}`);

  const files = new Map<string, string>();
  files.set(handler.rowsFile, csvHeader(columns) + csvLines(columns, sorted));
  if (handler.focus(spec)) files.set(FOCUS_FILE, mergeFocus(dirs, spec));
  for (const [name, text] of handler.aggregateFiles(spec, sorted)) files.set(name, text);
  files.set("manifest.json", JSON.stringify(batchManifest(spec, { index: 1, count: 1 }), null, 2) + "\n");
  writeFolderAtomically(out, files);
}
