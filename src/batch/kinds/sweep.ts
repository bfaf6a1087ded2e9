// sweep: one scenario over a grid or Latin hypercube of parameter points → sweep.csv (one row per point, arm and
// replicate), sweep-<metric>.csv (the metric's mean per point and arm) and sweep-<metric>.svg.
import { sweepChart } from "../../output/charts/sweep.js";
import { toCsv } from "../../output/csv.js";
import type { Row } from "../../output/rows.js";
import type { KindHandler, SweepSpec } from "../spec.js";
import { applyParams, parseSet } from "../sweep.js";
import { pointColumns } from "./columns.js";

/** Mean of the chosen metric per (point, arm) over replicates: what the sweep chart draws. */
function sweepMeans(spec: SweepSpec, rows: readonly Row[]): [string[], Row[]] {
  const metric = spec.metric;
  const sums = new Map<string, { row: Row; sum: number; n: number }>();
  for (const r of rows) {
    const key = `${r.point}\u0000${r.arm}`;
    if (!sums.has(key)) sums.set(key, { row: { point: r.point, ...Object.fromEntries(spec.params.map((p) => [p, r[p]])), arm: r.arm }, sum: 0, n: 0 });
    const s = sums.get(key)!;
    s.sum += r[metric] as number;
    s.n++;
  }
  const columns = ["point", ...spec.params, "arm", "replicates", `${metric}_mean`];
  return [columns, [...sums.values()].map((s) => ({ ...s.row, replicates: s.n, [`${metric}_mean`]: s.sum / s.n }))];
}

export const sweepKind: KindHandler<SweepSpec> = {
  rowsFile: "sweep.csv",
  columns: (spec) => pointColumns(spec.params),
  decorate: (_spec, unit, rows) => rows.map((r) => ({ point: unit.point, ...unit.params, scenario: unit.scenario.name, ...r })),
  unitOf: (_spec, row) => row.point as number,
  keep: (spec, r) => ({ point: r.point, ...Object.fromEntries(spec.params.map((p) => [p, r[p]])), arm: r.arm, replicate: r.replicate, [spec.metric]: r[spec.metric] }),
  focus: () => false,
  aggregateNames: (spec) => [`sweep-${spec.metric}.csv`, `sweep-${spec.metric}.svg`],
  aggregateFiles(spec, rows) {
    const [columns, means] = sweepMeans(spec, rows);
    const base = spec.units[0]?.scenario;
    return new Map([
      [`sweep-${spec.metric}.csv`, toCsv(columns, means)],
      [`sweep-${spec.metric}.svg`, sweepChart({
        scenario: base?.name ?? "", metric: spec.metric, params: spec.params, arms: base?.arms.map((a) => a.name) ?? [], means, method: spec.method,
      })],
    ]);
  },
  // The units are one scenario at many points: the manifest records the base scenario once, and the points.
  manifestPart: (spec) => ({
    baseline: null,
    format: "wide",
    sweep: { params: spec.params, method: spec.method, metric: spec.metric, points: spec.units.map((u) => u.params) },
    decisive: {},
    scenarios: spec.units.slice(0, 1),
  }),
  fromManifest(m) {
    const base = m.scenarios[0];
    const sweep = m.sweep!;
    const sets = sweep.params.map((p) => parseSet(`${p}=0`));
    return {
      kind: "sweep",
      units: sweep.points.map((params, point) => ({ scenario: applyParams(base.scenario, sets, params), file: base.file, point, params })),
      replicates: m.replicates,
      params: sweep.params,
      method: sweep.method,
      metric: sweep.metric,
    };
  },
};
