// Builds validated scenarios in tests, with every default filled in.
import { scenarioSchema, type Scenario } from "../../src/scenario/schema.js";

export function makeScenario(fields: Record<string, unknown> = {}): Scenario {
  return scenarioSchema.parse({ name: "test", arms: [{ name: "organic" }], ...fields });
}
