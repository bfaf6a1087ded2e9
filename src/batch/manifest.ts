// manifest.json of a batch folder: what the batch was (its kind's fields, every scenario with its hash), the
// files beside it, and batchHash, which shards of one batch share and merge checks.
import { createHash } from "node:crypto";
import { scenarioHash } from "../app/run-files.js";
import { VERSION } from "../version.js";
import { handlerOf } from "./kinds/index.js";
import type { Shard } from "./plan.js";
import type { BatchManifest, BatchSpec } from "./spec.js";

export const FOCUS_FILE = "focus.csv";

export function batchManifest(spec: BatchSpec, shard: Shard): BatchManifest {
  const handler = handlerOf(spec);
  const part = handler.manifestPart(spec);
  const focus = handler.focus(spec);
  const decisive = {
    version: VERSION, command: spec.kind, replicates: spec.replicates, baseline: part.baseline, format: part.format, sweep: part.sweep, focus,
    ...part.decisive,
    hashes: spec.units.map((u) => scenarioHash(u.scenario)),
  };
  const files = [handler.rowsFile, ...(focus ? [FOCUS_FILE] : []), ...(shard.count === 1 ? handler.aggregateNames(spec) : []), "manifest.json"];
  return {
    tool: "tokensim",
    version: VERSION,
    command: spec.kind,
    batchHash: createHash("sha256").update(JSON.stringify(decisive)).digest("hex"),
    replicates: spec.replicates,
    baseline: part.baseline,
    format: part.format,
    focus,
    sweep: part.sweep,
    ...(part.sensitivity ? { sensitivity: part.sensitivity } : {}),
    scenarios: part.scenarios.map((u) => ({ file: u.file, name: u.scenario.name, scenarioHash: scenarioHash(u.scenario), scenario: u.scenario })),
    files,
    ...(shard.count > 1 ? { shard } : {}),
  };
}
