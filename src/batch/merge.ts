// Merges the folders of the n shards of one compare, sweep or sensitivity analysis into exactly the files one unsharded run writes.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { UserError } from "../errors.js";
import { writeFolderAtomically } from "../output/atomic.js";
import { csvHeader, csvLines } from "../output/csv.js";
import type { Row } from "../output/rows.js";
import { aggregateFiles, batchManifest, FOCUS_FILE, rowColumns, rowsFileName, type BatchManifest, type BatchSpec } from "./run-batch.js";
import { stringify } from "csv-stringify/sync";
import { applyParams, parseSet } from "./sweep.js";
import type { Unit } from "./plan.js";
import { sensitivityUnits } from "./sensitivity.js";

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
  if (m.tool !== "tokensim" || (m.command !== "compare" && m.command !== "sweep" && m.command !== "sensitivity") || typeof m.batchHash !== "string") {
    throw new UserError(`${file}: not the manifest of a tokensim compare, sweep or sensitivity`);
  }
  return m;
}

function readRows(dir: string, m: BatchManifest, columns: readonly string[]): Row[] {
  const file = join(dir, rowsFileName(m.command));
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

/** The batch a manifest describes, rebuilt so the merged files come from the same code as a whole run. */
export function specFromManifest(m: BatchManifest): BatchSpec {
  let units: Unit[];
  if (m.command === "compare") {
    units = m.scenarios.map((s) => ({ scenario: s.scenario, file: s.file, point: 0, params: {} }));
  } else if (m.command === "sensitivity") {
    const base = m.scenarios[0];
    const settings = m.sensitivity!;
    return {
      kind: "sensitivity",
      units: sensitivityUnits(base.scenario, base.file, settings),
      replicates: m.replicates,
      format: m.format,
      sweepParams: settings.params.map((p) => p.name),
      sensitivity: { settings, base: base.scenario, file: base.file },
    };
  } else {
    const base = m.scenarios[0];
    const sets = m.sweep!.params.map((p) => parseSet(`${p}=0`));
    units = m.sweep!.points.map((params, point) => ({ scenario: applyParams(base.scenario, sets, params), file: base.file, point, params }));
  }
  return {
    kind: m.command,
    ...(m.focus ? { focus: true } : {}),
    units,
    replicates: m.replicates,
    ...(m.baseline !== null ? { baseline: m.baseline } : {}),
    format: m.format,
    ...(m.sweep ? { sweepParams: m.sweep.params, sweepMethod: m.sweep.method, metric: m.sweep.metric } : {}),
  };
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

  const spec = specFromManifest(first);
  const columns = rowColumns(spec);
  const rows = dirs.flatMap((d, k) => readRows(d, manifests[k], columns));

  // Task order: unit, then replicate, then the arm's position in its scenario.
  const unitOf = (r: Row) => (spec.kind === "compare" ? spec.units.findIndex((u) => u.scenario.name === r.scenario) : (r.point as number));
  const armOf = (r: Row, unit: number) => spec.units[unit].scenario.arms.findIndex((a) => a.name === r.arm);
  const keyed = rows.map((r) => {
    const unit = unitOf(r);
    if (unit < 0 || armOf(r, unit) < 0) throw new UserError(`merge: a row names scenario "${r.scenario}", arm "${r.arm}" that the manifest does not have`);
    return { r, key: [unit, r.replicate as number, armOf(r, unit)] };
  });
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  const sorted = keyed.map((k) => k.r);
  const expected = spec.units.reduce((n, u) => n + u.scenario.arms.length, 0) * spec.replicates;
  if (sorted.length !== expected) throw new UserError(`merge: expected ${expected} rows over all shards, found ${sorted.length}`);

  const files = new Map<string, string>();
  files.set(rowsFileName(spec.kind), csvHeader(columns) + csvLines(columns, sorted));
  if (spec.focus) files.set(FOCUS_FILE, mergeFocus(dirs, spec));
  for (const [name, text] of aggregateFiles(spec, sorted)) files.set(name, text);
  files.set("manifest.json", JSON.stringify(batchManifest(spec, { index: 1, count: 1 }), null, 2) + "\n");
  writeFolderAtomically(out, files);
}
