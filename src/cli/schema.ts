// tokensim schema: prints the scenario JSON Schema (draft-07) for editors (e.g. the YAML language server:
// `# yaml-language-server: $schema=./scenario.schema.json` as a scenario's first line).
import type { CommandModule } from "yargs";
import { scenarioJsonSchemaText } from "../scenario/json-schema.js";

export const schemaCommand: CommandModule<object, object> = {
  command: "schema",
  describe: "Print the scenario JSON Schema (draft-07) with every parameter's description, unit, default and range",
  handler: () => {
    process.stdout.write(scenarioJsonSchemaText());
  },
};
