// What a batch is: its units (fully resolved scenarios) x replicates, and what its kind adds. One handler per
// kind (kinds/) says which rows file it writes, how a task's rows are decorated, what aggregates it draws and
// what its manifest records; run-batch.ts and merge.ts hold no switch on the kind.
import type { Row } from "../output/rows.js";
import type { Scenario } from "../scenario/schema.js";
import type { SensitivitySettings } from "../sensitivity/params.js";
import type { Shard, Unit } from "./plan.js";

/** Every arm of every scenario over the replicates, with intervals and paired differences against a baseline arm. */
export interface CompareSpec {
  kind: "compare";
  units: Unit[];
  replicates: number;
  /** Arm to difference against; by default each scenario's first arm. */
  baseline?: string;
  /** compare.csv's layout: one row per arm, or one per arm and metric. */
  format: "wide" | "long";
  /** Also write focus.csv, the cost as FOCUS 1.2 rows per replicate, team and week. */
  focus: boolean;
}

/** One scenario over a grid or Latin hypercube of parameter points. */
export interface SweepSpec {
  kind: "sweep";
  units: Unit[];
  replicates: number;
  /** Swept parameter paths: the columns after `point`. */
  params: string[];
  /** "grid" or "lhs:<N>". */
  method: string;
  /** The summary metric the sweep's aggregates show. */
  metric: string;
}

/** One scenario over a sensitivity design's points (the units are rebuilt from the settings and the base). */
export interface SensitivitySpec {
  kind: "sensitivity";
  units: Unit[];
  replicates: number;
  settings: SensitivitySettings;
  /** The scenario as written, whose parameters the points vary, and its file. */
  base: Scenario;
  file: string;
}

export type BatchSpec = CompareSpec | SweepSpec | SensitivitySpec;
export type BatchKind = BatchSpec["kind"];

/** manifest.json of a batch folder (a whole run, a shard or a merge). */
export interface BatchManifest {
  tool: "tokensim";
  version: string;
  command: BatchKind;
  /** sha256 of everything that decides the results: shards of one batch share it. */
  batchHash: string;
  replicates: number;
  baseline: string | null;
  format: "wide" | "long";
  sweep: { params: string[]; method: string; metric: string; points: Record<string, number>[] } | null;
  /** Whether focus.csv was written (compare --focus). */
  focus: boolean;
  /** Present for a sensitivity analysis only: everything that rebuilds its design. */
  sensitivity?: SensitivitySettings;
  scenarios: { file: string; name: string; scenarioHash: string; scenario: Scenario }[];
  files: string[];
  /** Present in a shard's folder only. */
  shard?: Shard;
}

/** The manifest fields that depend on the kind (batchManifest adds the rest). */
export interface ManifestPart {
  baseline: string | null;
  format: "wide" | "long";
  sweep: BatchManifest["sweep"];
  /** What besides the units' hashes decides the results (sensitivity: its settings and base). */
  decisive: Record<string, unknown>;
  /** The scenarios the manifest records. */
  scenarios: { file: string; scenario: Scenario }[];
  sensitivity?: SensitivitySettings;
}

export interface KindHandler<S extends BatchSpec> {
  /** The per-replicate rows file. */
  readonly rowsFile: string;
  /** Its columns. */
  columns(spec: S): string[];
  /** A task's summary rows as the rows file holds them. */
  decorate(spec: S, unit: Unit, rows: readonly Row[]): Row[];
  /** The unit a row of the rows file belongs to (for merge's task order); -1 when none. */
  unitOf(spec: S, row: Row): number;
  /** What aggregates need of a row (a sweep keeps one metric per row, so long sweeps stay small in memory). */
  keep(spec: S, row: Row): Row;
  /** Whether focus.csv is written beside the rows file. */
  focus(spec: S): boolean;
  /** The aggregates' file names, and the files themselves from every row (whole runs and merges only). */
  aggregateNames(spec: S): string[];
  aggregateFiles(spec: S, rows: readonly Row[]): Map<string, string>;
  manifestPart(spec: S): ManifestPart;
  /** The batch a manifest of this kind describes, rebuilt so that merged files come from the same code. */
  fromManifest(m: BatchManifest): S;
}
