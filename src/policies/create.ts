// Builds an arm's policy instances from validated scenario specs.
import { freshArrays, type ArraySource } from "../model/arrays.js";
import type { ModelParams } from "../model/params.js";
import type { Population } from "../model/population.js";
import type { PolicyParams } from "../scenario/schema.js";
import { policyBehaviour } from "./runtime.js";
import type { PolicyInstance } from "../model/policy-hooks.js";

export function createPolicies(specs: readonly PolicyParams[], pop: Population, model: ModelParams, arrays: ArraySource = freshArrays): PolicyInstance[] {
  return specs.map((spec) => policyBehaviour(spec.type).create(spec as never, pop, model, arrays));
}
