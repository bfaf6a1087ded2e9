// tokensim run FILE: runs every arm of a scenario on the same population and draws; writes CSVs and a manifest.
// tokensim run --from out/X/manifest.json reproduces an earlier run from its manifest's resolved scenario.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CommandModule } from "yargs";
import { writeRun } from "../app/run-files.js";
import { UserError } from "../errors.js";
import { readTargetsFile } from "../calibrate/targets.js";
import { runArtifacts } from "../output/artifacts.js";
import { validationFiles } from "../calibrate/validation.js";
import { toCsv } from "../output/csv.js";
import { focusColumns, focusRows } from "../output/focus.js";
import type { Row } from "../output/rows.js";
import type { RunTables } from "../output/tables.js";
import { beginFolder } from "../output/atomic.js";
import { readScenarioFile } from "../scenario/read.js";
import { formatPath, validateScenario } from "../scenario/validate.js";
import type { Scenario } from "../scenario/schema.js";
import { applyOverrides } from "./overrides.js";

export interface RunArgs {
  file?: string;
  from?: string;
  overlay?: string;
  out?: string;
  seed?: number;
  weeks?: number;
  developers?: number;
  replicates?: number;
  /** Parent folder for the default output folder <parent>/<scenario name> (default "out"). */
  outParent?: string;
  /** Draw the charts and report.html (default true; --no-charts). */
  charts?: boolean;
  /** Also write focus.csv, the cost as FinOps FOCUS 1.2 rows. */
  focus?: boolean;
  /** Published targets to compare the run with (report section and calibration.svg). */
  targets?: string;
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: "run [file]",
  describe: "Run a scenario file and write its results into a folder",
  builder: (y) =>
    y
      .positional("file", { type: "string", describe: "scenario file (YAML or JSON)" })
      .option("from", { type: "string", describe: "reproduce the run recorded in this manifest.json instead" })
      .option("overlay", { type: "string", describe: "partial scenario deep-merged over the file before validation (e.g. from import-usage)" })
      .option("out", { type: "string", describe: "output folder [default: out/<scenario name>]" })
      .option("seed", { type: "number", describe: "override the scenario's seed" })
      .option("weeks", { type: "number", describe: "override the horizon in weeks" })
      .option("developers", { type: "number", describe: "override the number of developers" })
      .option("replicates", { type: "number", describe: "independent replicates, each shared by every arm [default: 1]" })
      .option("charts", { type: "boolean", default: true, describe: "draw SVG charts and report.html (--no-charts skips them)" })
      .option("focus", { type: "boolean", default: false, describe: "also write focus.csv: the cost as FinOps FOCUS 1.2 rows" })
      .option("targets", { type: "string", describe: "compare the run with published targets (a report section and calibration.svg)" }) as never,
  handler: async (argv) => {
    const written = await runToFolder(argv);
    process.stdout.write(`${written}\n`);
  },
};

/** The resolved scenario and replicate count recorded in an earlier run's manifest. */
function fromManifest(file: string): { scenario: Scenario; replicates: number; scenarioFile: string } {
  let m: { tool?: string; scenario?: unknown; replicates?: unknown; scenarioFile?: unknown };
  try {
    m = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UserError(`${file}: cannot read manifest: ${err.code === "ENOENT" ? "no such file" : err.message}`);
  }
  if (m?.tool !== "tokensim" || typeof m.scenario !== "object") throw new UserError(`${file}: not a tokensim run manifest`);
  const v = validateScenario(m.scenario);
  if (!v.ok) throw new UserError(v.problems.map((p) => `${file}: scenario.${formatPath(p.path)}: ${p.message}`));
  const replicates = Number.isInteger(m.replicates) && (m.replicates as number) >= 1 ? (m.replicates as number) : 1;
  return { scenario: v.scenario, replicates, scenarioFile: typeof m.scenarioFile === "string" ? m.scenarioFile : "" };
}

/** Runs a scenario file (or a manifest's scenario) and writes its folder atomically; returns the folder and scenario. */
export async function runToFolder(argv: RunArgs): Promise<string> {
  return (await runScenarioToFolder(argv)).out;
}

export async function runScenarioToFolder(argv: RunArgs): Promise<{ out: string; scenario: Scenario }> {
  if ((argv.file === undefined) === (argv.from === undefined)) throw new UserError("run: give a scenario file or --from MANIFEST (one of them)");
  if (argv.from !== undefined && argv.overlay !== undefined) throw new UserError("--overlay: not with --from (the manifest holds the resolved scenario)");
  const source = argv.from !== undefined ? fromManifest(argv.from) : { scenario: readScenarioFile(argv.file!, argv.overlay), replicates: 1, scenarioFile: argv.file! };
  const scenario = applyOverrides(source.scenario, argv);
  const replicates = argv.replicates ?? source.replicates;
  if (!(Number.isInteger(replicates) && replicates >= 1 && replicates <= 10_000)) throw new UserError(`--replicates: expected an integer from 1 to 10000, got ${replicates}`);
  const targets = argv.targets !== undefined ? readTargetsFile(argv.targets) : undefined;
  const out = argv.out ?? join(argv.outParent ?? "out", scenario.name);
  const folder = beginFolder(out);
  try {
    const extraFiles = (tables: RunTables & { teamWeeks?: Row[] }) => {
      const files = argv.charts === false ? new Map<string, string>() : targets ? validationFiles(tables, targets) : runArtifacts(tables);
      const billing = { scenario: scenario.name, seatUsdPerMonth: scenario.economics.seatUsdPerMonth, startDate: scenario.startDate };
      if (argv.focus) files.set("focus.csv", toCsv(focusColumns(), focusRows(tables.teamWeeks ? { teamWeeks: tables.teamWeeks } : tables, billing)));
      return files;
    };
    await writeRun(scenario, { scenarioFile: source.scenarioFile, replicates, extraFiles, teamWeeks: argv.focus === true }, folder);
    folder.commit();
  } catch (e) {
    folder.abort();
    throw e;
  }
  return { out, scenario };
}
