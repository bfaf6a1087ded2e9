// tokensim start: runs every ready-made scenario in scenarios/ into out/ (what `npm start` does).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { CommandModule } from "yargs";
import { PACKAGE_ROOT } from "../version.js";
import { runToFolder } from "./run.js";

export const startCommand: CommandModule<object, { scenarios: string; out: string }> = {
  command: "start",
  describe: "Run every ready-made scenario into out/",
  builder: (y) =>
    y
      .option("scenarios", { type: "string", default: join(PACKAGE_ROOT, "scenarios"), describe: "folder of scenario files" })
      .option("out", { type: "string", default: "out", describe: "parent output folder" }) as never,
  handler: (argv) => {
    const files = readdirSync(argv.scenarios).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith(".schema.json")).sort();
    for (const f of files) {
      const t0 = Date.now();
      const out = runToFolder({ file: join(argv.scenarios, f), replicates: 1, outParent: argv.out });
      process.stdout.write(`${out} (${Date.now() - t0} ms)\n`);
    }
  },
};
