// Builds an arm's policy instances from validated scenario specs.
import { freshArrays, type ArraySource } from "../model/arrays.js";
import type { ModelParams } from "../model/params.js";
import type { Population } from "../model/population.js";
import type { PolicyParams } from "../scenario/schema.js";
import { policyModule } from "./registry.js";
import type { PolicyInstance } from "./types.js";

export function createPolicies(specs: readonly PolicyParams[], pop: Population, model: ModelParams, arrays: ArraySource = freshArrays): PolicyInstance[] {
  return specs.map((spec) => policyModule(spec.type).create(spec, pop, model, arrays));
}
