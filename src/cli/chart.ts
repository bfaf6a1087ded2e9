// tokensim chart DIR: redraws every chart and report.html of an earlier run from its CSVs and manifest, without
// simulating. Same tables → same bytes as the run wrote. The folder is rewritten in one atomic step, so on any
// error nothing changes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { CommandModule } from "yargs";
import { UserError } from "../errors.js";
import { writeFolderAtomically } from "../output/atomic.js";
import { runArtifacts } from "../output/artifacts.js";
import { readRunFolder } from "../output/read-run.js";

export const chartCommand: CommandModule<object, { dir: string }> = {
  command: "chart <dir>",
  describe: "Redraw the charts and report.html of an earlier run from its CSV files, without simulating",
  builder: (y) => y.positional("dir", { type: "string", demandOption: true, describe: "output folder of an earlier run" }) as never,
  handler: (argv) => {
    process.stdout.write(`${chartFolder(argv.dir)}\n`);
  },
};

/** Redraws the charts and report of run folder `dir`; returns `dir`. */
export function chartFolder(dir: string): string {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a folder");
    names = readdirSync(dir);
  } catch {
    throw new UserError(`${dir}: not a folder of a finished run`);
  }
  const tables = readRunFolder(dir);
  // Keep every file of the folder (read as bytes), replacing the charts and the report.
  const files = new Map<string, string | Uint8Array>();
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) throw new UserError(`${path}: unexpected sub-folder in a run folder (move it away; nothing was written)`);
    files.set(name, readFileSync(path));
  }
  for (const [name, content] of runArtifacts(tables)) files.set(name, content);
  writeFolderAtomically(dir, files);
  return dir;
}
