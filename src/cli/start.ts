// tokensim start: runs every ready-made scenario in scenarios/ into out/ (what `npm start` does) and writes
// out/index.html linking every scenario's report.
import { mkdirSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { availableParallelism } from "node:os";
import type { CommandModule } from "yargs";
import { runBatch } from "../batch/run-batch.js";
import { readScenarioFile } from "../scenario/read.js";
import { renderIndex } from "../output/report.js";
import { PACKAGE_ROOT } from "../version.js";
import { runScenarioToFolder } from "./run.js";

export const startCommand: CommandModule<object, { scenarios: string; out: string; replicates: number }> = {
  command: "start",
  describe: "Run every ready-made scenario into out/ and write out/index.html",
  builder: (y) =>
    y
      .option("scenarios", { type: "string", default: join(PACKAGE_ROOT, "scenarios"), describe: "folder of scenario files" })
      .option("out", { type: "string", default: "out", describe: "parent output folder" })
      .option("replicates", { type: "number", default: 5, describe: "replicates of the comparison of every scenario (out/compare)" }) as never,
  handler: async (argv) => {
    const files = readdirSync(argv.scenarios).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith(".schema.json")).sort();
    const entries: { name: string; question: string; href: string }[] = [];
    for (const f of files) {
      const t0 = Date.now();
      const { out, scenario } = await runScenarioToFolder({ file: join(argv.scenarios, f), outParent: argv.out });
      entries.push({ name: scenario.name, question: scenario.question, href: `${relative(argv.out, out).split("\\").join("/")}/report.html` });
      process.stdout.write(`${out} (${Date.now() - t0} ms)\n`);
    }
    // Every shipped scenario's arms side by side, with intervals over replicates.
    const t0 = Date.now();
    const compareOut = join(argv.out, "compare");
    const units = files.map((f) => ({ scenario: readScenarioFile(join(argv.scenarios, f)), file: join(argv.scenarios, f), point: 0, params: {} }));
    await runBatch({ kind: "compare", units, replicates: argv.replicates, format: "wide", focus: false }, { out: compareOut, workers: availableParallelism(), shard: { index: 1, count: 1 } });
    entries.push({
      name: "compare: which arm wins, by how much",
      question: `Every scenario's arms side by side over ${argv.replicates} replicates: each arm's paired difference from its scenario's first arm with its 95% interval, ` +
        `and the verdict on each metric in words (output per dollar, net value, cost, waste).`,
      href: "compare/report.html",
    });
    process.stdout.write(`${compareOut} (${Date.now() - t0} ms)\n`);

    mkdirSync(argv.out, { recursive: true });
    const index = join(argv.out, "index.html");
    writeFileSync(`${index}.tmp`, renderIndex(entries));
    renameSync(`${index}.tmp`, index);
    process.stdout.write(`${index}\n`);
  },
};
