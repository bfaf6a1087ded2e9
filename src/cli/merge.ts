// tokensim merge DIR... --out DIR: combines the shard folders of one compare, sweep or sensitivity analysis.
import type { CommandModule } from "yargs";
import { mergeShards } from "../batch/merge.js";

export const mergeCommand: CommandModule<object, { dirs: string[]; out: string }> = {
  command: "merge <dirs..>",
  describe: "Combine the shard folders of one compare, sweep or sensitivity analysis into the files one unsharded run writes",
  builder: (y) =>
    y
      .positional("dirs", { type: "string", array: true, demandOption: true, describe: "shard folders (all n of them)" })
      .option("out", { type: "string", demandOption: true, describe: "output folder" }) as never,
  handler: (argv) => {
    mergeShards(argv.dirs, argv.out);
    process.stdout.write(`${argv.out}\n`);
  },
};
