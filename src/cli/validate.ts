// tokensim validate FILE...: checks scenario files, prints every problem as FILE:LINE: path: message.
import type { CommandModule } from "yargs";
import { UserError } from "../errors.js";
import { readScenarioFile } from "../scenario/read.js";

export const validateCommand: CommandModule<object, { files: string[] }> = {
  command: "validate <files..>",
  describe: "Check scenario files; exit 0 when all are valid, 2 with one line per problem otherwise",
  builder: (y) => y.positional("files", { type: "string", array: true, demandOption: true, describe: "scenario files (YAML or JSON)" }) as never,
  handler: (argv) => {
    const problems: string[] = [];
    for (const file of argv.files) {
      try {
        const s = readScenarioFile(file);
        process.stdout.write(`${file}: ok (${s.name}: ${s.arms.length} arm${s.arms.length === 1 ? "" : "s"}, ${s.population.developers} developers, ${s.weeks} weeks)\n`);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        problems.push(...e.lines);
      }
    }
    if (problems.length > 0) throw new UserError(problems);
  },
};
