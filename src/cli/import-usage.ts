// tokensim import-usage FILE... --format F [--out DIR]: reads provider usage exports (paged admin-API JSON
// or plain CSV), reports the organisation's weekly figures and writes usage-fit.csv, overlay.yaml,
// users.csv (pseudonymised) and weekly.csv into DIR, whole or not at all.
import type { CommandModule } from "yargs";
import { writeFolderAtomically } from "../output/atomic.js";
import { importUsage } from "../usage/import.js";
import { USAGE_FORMATS, type UsageFormat } from "../usage/types.js";

interface Args {
  files: string[];
  format: UsageFormat;
  out: string;
  salt?: string;
}

export const importUsageCommand: CommandModule<object, Args> = {
  command: "import-usage <files..>",
  describe: "Fit the population to real usage exports: weekly-active share, token spread, mix and price; writes a scenario overlay",
  builder: (y) =>
    y
      .positional("files", { type: "string", array: true, demandOption: true, describe: "export files; several = several pages of one export" })
      .option("format", { type: "string", choices: USAGE_FORMATS, demandOption: true, describe: "what the files are" })
      .option("out", { type: "string", default: "out/usage", describe: "folder to write usage-fit.csv, overlay.yaml, users.csv, weekly.csv into" })
      .option("salt", { type: "string", describe: "secret salt for user pseudonyms (default: $TOKENSIM_USAGE_SALT, else a fixed public salt)" })
      .example("$0 import-usage day-*.json --format anthropic-claude-code --out out/usage", "fit to a Claude Code usage report, one page per file") as never,
  handler: (argv) => {
    const result = importUsage(argv.files, { format: argv.format, salt: argv.salt ?? process.env.TOKENSIM_USAGE_SALT });
    for (const w of result.warnings) process.stderr.write(`tokensim: warning: ${w}\n`);
    writeFolderAtomically(argv.out, result.files);
    for (const line of result.report) process.stdout.write(`${line}\n`);
    process.stdout.write(`wrote ${[...result.files.keys()].map((f) => `${argv.out}/${f}`).join(", ")}\n`);
  },
};
