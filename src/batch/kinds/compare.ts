// compare: every arm of every scenario over the replicates → replicates.csv, compare.csv (means, 95% intervals,
// paired differences against a baseline arm), its charts and report.html; with --focus also focus.csv.
import { COMPARE_FILES, compareFiles } from "../../output/compare/files.js";
import { toCsv } from "../../output/csv.js";
import { COMPARE_LONG_COLUMNS, compareArms, compareLongRows, compareWideRows } from "../aggregate.js";
import type { CompareSpec, KindHandler } from "../spec.js";
import { METRIC_COLUMNS } from "./columns.js";

const COMPARE_CSV = "compare.csv";

export const compareKind: KindHandler<CompareSpec> = {
  rowsFile: "replicates.csv",
  columns: () => ["scenario", "arm", "replicate", ...METRIC_COLUMNS],
  decorate: (_spec, unit, rows) => rows.map((r) => ({ scenario: unit.scenario.name, ...r })),
  unitOf: (spec, row) => spec.units.findIndex((u) => u.scenario.name === row.scenario),
  keep: (_spec, row) => row,
  focus: (spec) => spec.focus,
  aggregateNames: () => [COMPARE_CSV, ...COMPARE_FILES],
  aggregateFiles(spec, rows) {
    const armsByScenario = new Map<string, string[]>();
    for (const u of spec.units) armsByScenario.set(u.scenario.name, u.scenario.arms.map((a) => a.name));
    const compared = compareArms(rows, armsByScenario, spec.baseline);
    const files = new Map<string, string>();
    if (spec.format === "long") files.set(COMPARE_CSV, toCsv(COMPARE_LONG_COLUMNS, compareLongRows(compared)));
    else {
      const wide = compareWideRows(compared);
      files.set(COMPARE_CSV, toCsv(wide.columns, wide.rows));
    }
    const scenarios = spec.units.map((u) => ({
      name: u.scenario.name, question: u.scenario.question ?? "", file: u.file, developers: u.scenario.population.developers, weeks: u.scenario.weeks, seed: u.scenario.seed,
    }));
    for (const [name, text] of compareFiles({ compared, rows, scenarios, replicates: spec.replicates })) files.set(name, text);
    return files;
  },
  manifestPart: (spec) => ({
    baseline: spec.baseline ?? null,
    format: spec.format,
    sweep: null,
    decisive: {},
    scenarios: spec.units,
  }),
  fromManifest: (m) => ({
    kind: "compare",
    units: m.scenarios.map((s) => ({ scenario: s.scenario, file: s.file, point: 0, params: {} })),
    replicates: m.replicates,
    ...(m.baseline !== null ? { baseline: m.baseline } : {}),
    format: m.format,
    focus: m.focus,
  }),
};
