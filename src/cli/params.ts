// tokensim params: lists every model and policy parameter with default, unit, limits, plausible range and source;
// --update-docs FILE rewrites the parameter tables of docs/MODEL.md from the schema so the docs stay true.
import { renameSync, writeFileSync } from "node:fs";
import type { CommandModule } from "yargs";
import { UserError } from "../errors.js";
import { modelParamRows, paramTableMarkdown, policyParamRows, withParamTable } from "../scenario/param-table.js";
import { readTextFile } from "../scenario/yaml-source.js";

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
    let doc = readTextFile(file, "Markdown file");
    try {
      doc = withParamTable(withParamTable(doc, "model", model), "policies", policies);
    } catch (e) {
      throw new UserError(`${file}: ${(e as Error).message} (the file needs <!-- params:model --> and <!-- params:policies --> marker pairs)`);
    }
    // Written beside and renamed over the file, so that an interrupted write leaves the old file whole.
    const pending = `${file}.tokensim-tmp`;
    writeFileSync(pending, doc);
    renameSync(pending, file);
  },
};
