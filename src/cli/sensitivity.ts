// tokensim sensitivity FILE --params a,b,... [--ranges FILE] [--method oat|morris|sobol] [--samples N]:
// which assumptions decide each arm's outcome, and how robust the ranking of arms is over plausible worlds.
// The model runs are batch tasks (design points x replicates), so --workers, --shard and merge work as for
// sweep; the estimators run on the metric values afterwards.
import type { CommandModule } from "yargs";
import { UserError } from "../errors.js";
import { parseShard } from "../batch/plan.js";
import { runBatch } from "../batch/run-batch.js";
import { COMPARE_METRICS } from "../batch/aggregate.js";
import { readScenarioFile } from "../scenario/read.js";
import { METHODS, readRangesFile, resolveParams, type Method, type SensitivitySettings } from "../sensitivity/params.js";
import { sensitivityUnits } from "../batch/kinds/sensitivity.js";
import { pointCount } from "../sensitivity/plan.js";
import { applyOverrides } from "./overrides.js";
import { checkBatchArgs, withBatchOptions, type BatchArgs } from "./batch-options.js";
import { progressBar } from "./progress.js";

interface SensitivityArgs extends BatchArgs {
  file: string;
  params?: string;
  ranges?: string;
  method: string;
  samples?: number;
  levels: number;
  metric: string;
}

/** Default base samples (Sobol N) and trajectories (Morris r). Sobol with N = 128 and 6 parameters is 1,024
 *  runs: about 1.5 minutes at 2,000 developers on two busy cores (docs/SENSITIVITY.md). */
export const DEFAULT_SAMPLES: Record<Method, number> = { oat: 0, morris: 10, sobol: 128 };
/** Fewest samples each method accepts: Morris needs two trajectories for a spread, Sobol's estimators and
 *  bootstrap are meaningless with fewer than 16 base samples. */
export const MIN_SAMPLES: Record<Method, number> = { oat: 0, morris: 2, sobol: 16 };
const MAX_POINTS = 1_000_000;

/** Checks the command's own flags; returns the method, samples and metrics, or throws every problem at once. */
export function checkSensitivityArgs(a: SensitivityArgs): { method: Method; samples: number; metrics: string[] } {
  const problems: string[] = [];
  const method = a.method as Method;
  if (!METHODS.includes(method)) problems.push(`--method: unknown method "${a.method}"; one of ${METHODS.join(", ")}`);
  let samples = 0;
  if (METHODS.includes(method)) {
    if (method === "oat") {
      if (a.samples !== undefined) problems.push(`--samples: the oat method runs each parameter's low and high end once; it takes no --samples`);
    } else {
      samples = a.samples ?? DEFAULT_SAMPLES[method];
      const what = method === "sobol" ? "base samples N" : "trajectories r";
      if (!(Number.isInteger(samples) && samples >= MIN_SAMPLES[method])) problems.push(`--samples: ${method} needs an integer number of ${what} of at least ${MIN_SAMPLES[method]}, got ${a.samples}`);
    }
  }
  if (!(Number.isInteger(a.levels) && a.levels >= 2 && a.levels <= 20 && a.levels % 2 === 0)) problems.push(`--levels: expected an even integer from 2 to 20 (Morris grid levels), got ${a.levels}`);
  const metrics = a.metric.split(",").map((m) => m.trim()).filter((m) => m !== "");
  if (metrics.length === 0) problems.push(`--metric: name at least one metric`);
  for (const m of metrics) if (!(COMPARE_METRICS as readonly string[]).includes(m)) problems.push(`--metric: unknown metric "${m}"; one of ${COMPARE_METRICS.join(", ")}`);
  const dup = metrics.find((m, i) => metrics.indexOf(m) !== i);
  if (dup) problems.push(`--metric: ${dup} named twice`);
  if (problems.length > 0) throw new UserError(problems);
  return { method, samples, metrics };
}

export const sensitivityCommand: CommandModule<object, SensitivityArgs> = {
  command: "sensitivity <file>",
  describe: "Which assumptions decide each arm's outcome (OAT, Morris or Sobol), and how robust the ranking of arms is",
  builder: (y) =>
    withBatchOptions(y)
      .positional("file", { type: "string", demandOption: true, describe: "scenario file" })
      .option("params", { type: "string", describe: "parameters to vary, comma-separated: model paths (response.elasticity), arm policy fields (arms[1].policies[0].target) or every policy of a type (adoption-quota.target) [default: the keys of --ranges]" })
      .option("ranges", { type: "string", describe: "YAML file of path: [low, high] (else each parameter's documented plausible range)" })
      .option("method", { type: "string", default: "sobol", describe: "oat (one at a time), morris (elementary effects) or sobol (variance indices)" })
      .option("samples", { type: "number", describe: `sobol: base samples N (default ${DEFAULT_SAMPLES.sobol}; N(k+2) points); morris: trajectories r (default ${DEFAULT_SAMPLES.morris}; r(k+1) points)` })
      .option("levels", { type: "number", default: 4, describe: "morris: grid levels p (even)" })
      .option("metric", { type: "string", default: "net_value_usd", describe: "metrics to analyse, comma-separated (summary.csv columns)" })
      .option("replicates", { type: "number", default: 1, describe: "replicates per parameter point (replicate i of every point shares its draws); metrics are averaged over them" }) as never,
  handler: async (argv) => {
    const { workers } = checkBatchArgs(argv);
    const shard = parseShard(argv.shard);
    const { method, samples, metrics } = checkSensitivityArgs(argv);
    const scenario = applyOverrides(readScenarioFile(argv.file), argv);
    const ranges = argv.ranges !== undefined ? readRangesFile(argv.ranges) : new Map<string, [number, number]>();
    const names = argv.params !== undefined ? argv.params.split(",").map((p) => p.trim()).filter((p) => p !== "") : [...ranges.keys()];
    const params = resolveParams(scenario, names, ranges, argv.ranges);
    const points = pointCount(method, params.length, samples);
    if (points * argv.replicates > MAX_POINTS) throw new UserError(`sensitivity: ${points} points x ${argv.replicates} replicates is more than ${MAX_POINTS.toLocaleString("en-US")} runs`);
    const settings: SensitivitySettings = { method, params, samples, levels: argv.levels, metrics, seed: scenario.seed };
    const units = sensitivityUnits(scenario, argv.file, settings);
    const out = argv.out ?? `out/${scenario.name}-sensitivity`;
    const progress = progressBar("sensitivity", argv.quiet);
    try {
      await runBatch(
        { kind: "sensitivity", units, replicates: argv.replicates, settings, base: scenario, file: argv.file },
        { out, workers, shard, onProgress: (d, t) => progress.update(d, t) },
      );
    } finally {
      progress.stop();
    }
    process.stdout.write(`${out}\n`);
  },
};
