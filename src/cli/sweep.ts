// tokensim sweep FILE --set path=v1,v2 [--set ...] | --set path=lo:hi --lhs N: a parameter grid or Latin
// hypercube x replicates; sweep.csv has one row per (point, arm, replicate).
import type { CommandModule } from "yargs";
import { UserError } from "../errors.js";
import { parseShard } from "../batch/plan.js";
import { runBatch } from "../batch/run-batch.js";
import { applyParams, checkPaths, gridPoints, lhsPoints, parseSet } from "../batch/sweep.js";
import { COMPARE_METRICS } from "../batch/aggregate.js";
import { readScenarioFile } from "../scenario/read.js";
import { applyOverrides } from "./overrides.js";
import { checkBatchArgs, withBatchOptions, type BatchArgs } from "./batch-options.js";
import { progressBar } from "./progress.js";

interface SweepArgs extends BatchArgs {
  file: string;
  set: string[];
  lhs?: number;
  metric: string;
}

export const sweepCommand: CommandModule<object, SweepArgs> = {
  command: "sweep <file>",
  describe: "Run a scenario over a grid (or Latin hypercube) of parameter values x replicates",
  builder: (y) =>
    withBatchOptions(y)
      .positional("file", { type: "string", demandOption: true, describe: "scenario file" })
      .option("set", { type: "string", array: true, demandOption: true, describe: "path.to.param=v1,v2,... (grid) or path.to.param=lo:hi (with --lhs)" })
      .option("lhs", { type: "number", describe: "Latin hypercube sample of N points over the ranges" })
      .option("metric", { type: "string", default: "net_value_usd", describe: "metric summarised per point (sweep-<metric>.csv)" }) as never,
  handler: async (argv) => {
    const { workers } = checkBatchArgs(argv);
    const shard = parseShard(argv.shard);
    if (!(COMPARE_METRICS as readonly string[]).includes(argv.metric)) throw new UserError(`--metric: unknown metric "${argv.metric}"; one of ${COMPARE_METRICS.join(", ")}`);
    const sets = argv.set.map(parseSet);
    const scenario = applyOverrides(readScenarioFile(argv.file, argv.overlay), argv);
    checkPaths(scenario, sets);
    const points = argv.lhs !== undefined ? lhsPoints(sets, argv.lhs, scenario.seed) : gridPoints(sets);
    if (points.length > 1_000_000) throw new UserError(`sweep: ${points.length} points is more than 1,000,000`);
    const units = points.map((params, point) => ({ scenario: applyParams(scenario, sets, params), file: argv.file, point, params }));
    const out = argv.out ?? `out/${scenario.name}-sweep`;
    const progress = progressBar("sweep", argv.quiet);
    try {
      await runBatch(
        { kind: "sweep", units, replicates: argv.replicates, params: sets.map((s) => s.text), method: argv.lhs !== undefined ? `lhs:${argv.lhs}` : "grid", metric: argv.metric },
        { out, workers, shard, onProgress: (d, t) => progress.update(d, t) },
      );
    } finally {
      progress.stop();
    }
    process.stdout.write(`${out}\n`);
  },
};
