// The tokensim command line. The single place that catches errors: a user's mistake prints its lines and
// exits 2, a bug prints its stack and exits 1.
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { UserError } from "../errors.js";
import { cleanUpPendingWrites } from "../output/atomic.js";
import { VERSION } from "../version.js";
import { calibrateCommand } from "./calibrate.js";
import { chartCommand } from "./chart.js";
import { compareCommand } from "./compare.js";
import { importUsageCommand } from "./import-usage.js";
import { mergeCommand } from "./merge.js";
import { paramsCommand } from "./params.js";
import { sensitivityCommand } from "./sensitivity.js";
import { sweepCommand } from "./sweep.js";
import { runCommand } from "./run.js";
import { schemaCommand } from "./schema.js";
import { startCommand } from "./start.js";
import { validateCommand } from "./validate.js";

function fail(e: unknown): never {
  cleanUpPendingWrites();
  if (e instanceof UserError) {
    for (const line of e.lines) process.stderr.write(`tokensim: ${line}\n`);
    process.exit(2);
  }
  process.stderr.write(`tokensim: internal error (a bug; please report it with the command you ran):\n${(e as Error)?.stack ?? e}\n`);
  process.exit(1);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    cleanUpPendingWrites();
    process.stderr.write(`tokensim: interrupted (${signal}); earlier results are untouched\n`);
    process.exit(130);
  });
}

async function main(): Promise<void> {
  await yargs(hideBin(process.argv))
    .scriptName("tokensim")
    .usage("$0 <command> [options]\n\nSimulate what AI-adoption policies cost an engineering organisation and what they buy.")
    .command(runCommand)
    .command(validateCommand)
    .command(chartCommand)
    .command(compareCommand)
    .command(sweepCommand)
    .command(sensitivityCommand)
    .command(calibrateCommand)
    .command(mergeCommand)
    .command(importUsageCommand)
    .command(schemaCommand)
    .command(startCommand)
    .command(paramsCommand)
    .demandCommand(1, "name a command (see --help)")
    .strict()
    .version(VERSION)
    .help()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((msg, err) => {
      if (err) throw err;
      throw new UserError(`${msg} (see tokensim --help)`);
    })
    .parseAsync();
}

main().catch(fail);
