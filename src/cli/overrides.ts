// Command-line overrides of a scenario (--seed, --weeks, --developers), checked by the same schema as files.
import { UserError } from "../errors.js";
import { scenarioSchema, type Scenario } from "../scenario/schema.js";
import { formatPath } from "../scenario/validate.js";

export interface Overrides {
  seed?: number;
  weeks?: number;
  developers?: number;
}

const FLAG_OF: Record<string, string> = { seed: "--seed", weeks: "--weeks", "population.developers": "--developers" };

export function applyOverrides(s: Scenario, o: Overrides): Scenario {
  if (o.seed === undefined && o.weeks === undefined && o.developers === undefined) return s;
  const patched = {
    ...s,
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    ...(o.weeks !== undefined ? { weeks: o.weeks } : {}),
    population: { ...s.population, ...(o.developers !== undefined ? { developers: o.developers } : {}) },
  };
  const parsed = scenarioSchema.safeParse(patched);
  if (!parsed.success) {
    throw new UserError(parsed.error.issues.map((i) => {
      const path = formatPath(i.path as (string | number)[]);
      return `${FLAG_OF[path] ?? path}: ${i.message.replace(/^Invalid input: /, "")}`;
    }));
  }
  return parsed.data;
}
