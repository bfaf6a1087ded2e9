// What a policy's behaviour is: its `type`, a summary, and a factory for its per-arm instance (the hooks of
// model/policy-hooks.ts). Its parameters' schema is in src/scenario/policies/.
import type { ArraySource } from "../model/arrays.js";
import type { ModelParams } from "../model/params.js";
import type { PolicyInstance } from "../model/policy-hooks.js";
import type { Population } from "../model/population.js";

/** What a policy does: its `type`, a one-line summary, and how to create its instance for an arm. */
export interface PolicyBehaviour<P = unknown> {
  /** The `type` that selects this policy in a scenario file. */
  readonly type: string;
  /** One line on what the policy models. */
  readonly summary: string;
  /** `arrays` gives the policy its per-developer arrays (zero-filled), recycled between replicates in a batch. */
  create(params: P, pop: Population, model: ModelParams, arrays: ArraySource): PolicyInstance;
}
