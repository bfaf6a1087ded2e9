// tokensim calibrate SCENARIO --targets FILE: fits scenario parameters to published targets (Nelder–Mead within
// each parameter's plausible range, over common-random-number replicates) and writes calibration.csv,
// fitted-scenario.yaml, calibration.svg and calibration-report.html into one folder, atomically.
import type { CommandModule } from "yargs";
import { calibrate } from "../calibrate/calibrate.js";
import { calibrationFiles } from "../calibrate/files.js";
import { DEFAULT_PARAMS, resolveParams } from "../calibrate/space.js";
import { readTargetsFile } from "../calibrate/targets.js";
import { UserError } from "../errors.js";
import { writeFolderAtomically } from "../output/atomic.js";
import { readTextFile } from "../scenario/yaml-source.js";
import { parseScenarioText } from "../scenario/read.js";
import { applyOverrides } from "./overrides.js";
import { progressBar } from "./progress.js";

export interface CalibrateArgs {
  scenario: string;
  targets: string;
  params?: string;
  maxEvals: number;
  replicates: number;
  developers?: number;
  out?: string;
  quiet: boolean;
}

export const calibrateCommand: CommandModule<object, CalibrateArgs> = {
  command: "calibrate <scenario>",
  describe: "Fit scenario parameters to published targets (Nelder–Mead over common-random-number replicates)",
  builder: (y) =>
    y
      .positional("scenario", { type: "string", demandOption: true, describe: "scenario file to fit" })
      .option("targets", { type: "string", demandOption: true, describe: "targets file (see scenarios/targets/published.yaml)" })
      .option("params", { type: "string", describe: `comma-separated parameter paths to fit [default: ${DEFAULT_PARAMS.join(",")}]` })
      .option("max-evals", { type: "number", default: 150, describe: "most simulations of the objective (each runs every replicate)" })
      .option("replicates", { type: "number", default: 4, describe: "replicates per evaluation, the same at every evaluation" })
      .option("developers", { type: "number", describe: "override the number of developers (smaller is faster, noisier)" })
      .option("out", { type: "string", describe: "output folder [default: out/<scenario name>-calibration]" })
      .option("quiet", { type: "boolean", default: false, describe: "no progress bar" }) as never,
  handler: (argv) => {
    process.stdout.write(`${calibrateToFolder(argv)}\n`);
  },
};

/** Checks the arguments and files, fits, writes the folder; returns the folder. Nothing is written on any problem. */
export function calibrateToFolder(argv: CalibrateArgs): string {
  const problems: string[] = [];
  for (const flag of ["targets", "params", "out"] as const) if (Array.isArray(argv[flag])) throw new UserError(`--${flag}: given more than once`);
  if (!(Number.isInteger(argv.maxEvals) && argv.maxEvals >= 1 && argv.maxEvals <= 100_000)) problems.push(`--max-evals: expected an integer from 1 to 100000, got ${argv.maxEvals}`);
  if (!(Number.isInteger(argv.replicates) && argv.replicates >= 1 && argv.replicates <= 1000)) problems.push(`--replicates: expected an integer from 1 to 1000, got ${argv.replicates}`);
  const paths = argv.params === undefined ? [...DEFAULT_PARAMS] : argv.params.split(",").map((p) => p.trim()).filter((p) => p !== "");
  const collect = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push(...e.lines);
      return undefined;
    }
  };
  const params = collect(() => resolveParams(paths));
  const text = collect(() => readTextFile(argv.scenario, "scenario"));
  const scenario = text === undefined ? undefined : collect(() => applyOverrides(parseScenarioText(text, argv.scenario), argv));
  const targets = collect(() => readTargetsFile(argv.targets));
  if (problems.length > 0 || !params || !scenario || !targets || text === undefined) throw new UserError(problems);

  const out = argv.out ?? `out/${scenario.name}-calibration`;
  const progress = progressBar("calibrate", argv.quiet);
  let result;
  try {
    result = calibrate(scenario, targets, { params, maxEvals: argv.maxEvals, replicates: argv.replicates, onEval: (n) => progress.update(n, argv.maxEvals) });
  } finally {
    progress.stop();
  }
  const files = calibrationFiles({
    scenarioFile: argv.scenario, scenarioText: text, targets, params, result, developers: scenario.population.developers,
    maxEvals: argv.maxEvals, date: new Date().toISOString().slice(0, 10),
  });
  writeFolderAtomically(out, files);
  if (!argv.quiet) {
    process.stderr.write(`calibrate: objective ${result.startObjective.toPrecision(4)} -> ${result.final.objective.toPrecision(4)} in ${result.evals} evaluations\n`);
    params.forEach((p, i) => process.stderr.write(`  ${p.path}: ${result.start[i]} -> ${result.values[i]}\n`));
  }
  return out;
}
