// tokensim params: lists every model and policy parameter with default, unit, limits, plausible range and source;
// --update-docs FILE rewrites the parameter tables of docs/MODEL.md from the schema so the docs stay true.
import { readFileSync, writeFileSync } from "node:fs";
import type { CommandModule } from "yargs";
import { modelParamRows, paramTableMarkdown, policyParamRows, withParamTable } from "../scenario/param-table.js";

export const paramsCommand: CommandModule<object, { "update-docs"?: string }> = {
  command: "params",
  describe: "List every parameter (Markdown), or rewrite the parameter tables of a doc with --update-docs FILE",
  builder: (y) => y.option("update-docs", { type: "string", describe: "Markdown file with <!-- params:model --> and <!-- params:policies --> markers" }) as never,
  handler: (argv) => {
    const model = paramTableMarkdown(modelParamRows());
    const policies = paramTableMarkdown(policyParamRows());
    const file = argv["update-docs"];
    if (!file) {
      process.stdout.write(`## Model parameters\n\n${model}\n## Policy parameters\n\n${policies}`);
      return;
    }
    const doc = withParamTable(withParamTable(readFileSync(file, "utf8"), "model", model), "policies", policies);
    writeFileSync(file, doc);
  },
};
