// tokensim compare FILE...: every arm of every scenario over R replicates, with 95% intervals and paired
// differences against a baseline arm.
import type { CommandModule } from "yargs";
import { UserError } from "../errors.js";
import { runBatch } from "../batch/run-batch.js";
import { parseShard } from "../batch/plan.js";
import { readScenarioFile } from "../scenario/read.js";
import { applyOverrides } from "./overrides.js";
import { checkBatchArgs, withBatchOptions, type BatchArgs } from "./batch-options.js";
import { progressBar } from "./progress.js";

interface CompareArgs extends BatchArgs {
  files: string[];
  baseline?: string;
  format: string;
  focus: boolean;
}

export const compareCommand: CommandModule<object, CompareArgs> = {
  command: "compare <files..>",
  describe: "Compare the arms of one or more scenarios over replicates, with 95% confidence intervals",
  builder: (y) =>
    withBatchOptions(y)
      .positional("files", { type: "string", array: true, demandOption: true, describe: "scenario files" })
      .option("baseline", { type: "string", describe: "arm to difference against [default: each scenario's first arm]" })
      .option("format", { type: "string", choices: ["wide", "long"], default: "wide", describe: "compare.csv layout: one row per arm, or one per arm and metric (tidy)" })
      .option("focus", { type: "boolean", default: false, describe: "also write focus.csv: the cost as FinOps FOCUS 1.2 rows per replicate, team and week" }) as never,
  handler: async (argv) => {
    const { workers } = checkBatchArgs(argv);
    const shard = parseShard(argv.shard);
    const problems: string[] = [];
    const units = argv.files.flatMap((file) => {
      try {
        return [{ scenario: applyOverrides(readScenarioFile(file, argv.overlay), argv), file, point: 0, params: {} }];
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        problems.push(...e.lines);
        return [];
      }
    });
    if (problems.length > 0) throw new UserError(problems);
    const names = units.map((u) => u.scenario.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) throw new UserError(`compare: two scenarios are named "${dup}"; give each a distinct name`);
    const out = argv.out ?? (units.length === 1 ? `out/${names[0]}-compare` : "out/compare");
    const progress = progressBar("compare", argv.quiet);
    try {
      await runBatch(
        { kind: "compare", units, replicates: argv.replicates, ...(argv.baseline !== undefined ? { baseline: argv.baseline } : {}), format: argv.format as "wide" | "long", focus: argv.focus },
        { out, workers, shard, onProgress: (d, t) => progress.update(d, t) },
      );
    } finally {
      progress.stop();
    }
    process.stdout.write(`${out}\n`);
  },
};
