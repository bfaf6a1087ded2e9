// sensitivity: one scenario over a sensitivity design's points → runs.csv (one row per point, arm and
// replicate), then the analysis's files (sensitivity.csv, ranking.csv, charts, report) from those rows. The
// units are rebuilt from the settings alone, so `merge` of shards rebuilds exactly the same ones.
import { scenarioHash } from "../../app/run-files.js";
import type { Scenario } from "../../scenario/schema.js";
import { keptMetrics, sensitivityFileNames, sensitivityFiles } from "../../sensitivity/analyse.js";
import { applyPoint, type SensitivitySettings } from "../../sensitivity/params.js";
import { designFor, pointValues } from "../../sensitivity/plan.js";
import type { Unit } from "../plan.js";
import type { KindHandler, SensitivitySpec } from "../spec.js";
import { pointColumns } from "./columns.js";

/** The design's points (scaled to each parameter's range) applied to the scenario. */
export function sensitivityUnits(base: Scenario, file: string, s: SensitivitySettings): Unit[] {
  const values = pointValues(s, designFor(s));
  return values.map((v, point) => ({
    scenario: applyPoint(base, s.params, v),
    file,
    point,
    params: Object.fromEntries(s.params.map((p, i) => [p.name, v[i]])),
  }));
}

export const sensitivityKind: KindHandler<SensitivitySpec> = {
  rowsFile: "runs.csv",
  columns: (spec) => pointColumns(spec.settings.params.map((p) => p.name)),
  decorate: (_spec, unit, rows) => rows.map((r) => ({ point: unit.point, ...unit.params, scenario: unit.scenario.name, ...r })),
  unitOf: (_spec, row) => row.point as number,
  keep: (spec, r) => ({ point: r.point, arm: r.arm, replicate: r.replicate, ...Object.fromEntries(keptMetrics(spec.settings).map((m) => [m, r[m]])) }),
  focus: () => false,
  aggregateNames: (spec) => sensitivityFileNames(spec.settings),
  aggregateFiles: (spec, rows) => sensitivityFiles(spec.settings, spec.base, rows, spec.replicates),
  // The manifest records the scenario as written; the design is rebuilt from the settings.
  manifestPart: (spec) => ({
    baseline: null,
    format: "wide",
    sweep: null,
    decisive: { sensitivity: spec.settings, base: scenarioHash(spec.base) },
    scenarios: [{ file: spec.file, scenario: spec.base }],
    sensitivity: spec.settings,
  }),
  fromManifest(m) {
    const base = m.scenarios[0];
    const settings = m.sensitivity!;
    return { kind: "sensitivity", units: sensitivityUnits(base.scenario, base.file, settings), replicates: m.replicates, settings, base: base.scenario, file: base.file };
  },
};
