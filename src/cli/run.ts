// tokensim run FILE: runs every arm of a scenario on the same population and draws; writes CSVs and a manifest.
import { join } from "node:path";
import type { CommandModule } from "yargs";
import { runScenario } from "../app/run-files.js";
import { writeFolderAtomically } from "../output/atomic.js";
import { readScenarioFile } from "../scenario/read.js";
import { applyOverrides } from "./overrides.js";

export interface RunArgs {
  file: string;
  out?: string;
  seed?: number;
  weeks?: number;
  developers?: number;
  replicates: number;
  /** Parent folder for the default output folder <parent>/<scenario name> (default "out"). */
  outParent?: string;
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: "run <file>",
  describe: "Run a scenario file and write its results into a folder",
  builder: (y) =>
    y
      .positional("file", { type: "string", demandOption: true, describe: "scenario file (YAML or JSON)" })
      .option("out", { type: "string", describe: "output folder [default: out/<scenario name>]" })
      .option("seed", { type: "number", describe: "override the scenario's seed" })
      .option("weeks", { type: "number", describe: "override the horizon in weeks" })
      .option("developers", { type: "number", describe: "override the number of developers" })
      .option("replicates", { type: "number", default: 1, describe: "independent replicates (each shared by every arm)" }) as never,
  handler: (argv) => {
    const written = runToFolder(argv);
    process.stdout.write(`${written}\n`);
  },
};

/** Runs a scenario file and writes its folder; returns the folder's path. */
export function runToFolder(argv: RunArgs): string {
  const scenario = applyOverrides(readScenarioFile(argv.file), argv);
  const out = argv.out ?? join(argv.outParent ?? "out", scenario.name);
  const { files } = runScenario(scenario, { scenarioFile: argv.file, replicates: argv.replicates });
  writeFolderAtomically(out, files);
  return out;
}
