// Every policy's behaviour by its `type`, and an arm's policy instances from its specs. The parameters'
// schemas are in src/scenario/policies/ (listed in src/scenario/policy-schemas.ts): this file and the
// behaviours import only their types, so that worker threads run the model without loading zod.
import type { ArraySource } from "../model/arrays.js";
import type { ModelParams } from "../model/params.js";
import type { PolicyInstance } from "../model/policy-hooks.js";
import type { Population } from "../model/population.js";
import type { PolicyParams } from "../scenario/schema.js";
import { adoptionQuotaPolicy } from "./adoption-quota.js";
import { costCapPolicy } from "./cost-cap.js";
import { enablementPolicy } from "./enablement.js";
import { leaderboardPolicy } from "./leaderboard.js";
import { nonePolicy } from "./none.js";
import { outcomeReviewPolicy } from "./outcome-review.js";
import { salaryBudgetPolicy } from "./salary-budget.js";
import { reviewCapacityPolicy } from "./review-capacity.js";
import { changeSizeLimitPolicy } from "./change-size-limit.js";
import type { PolicyBehaviour } from "./types.js";

export const BEHAVIOURS = [
  nonePolicy,
  adoptionQuotaPolicy,
  leaderboardPolicy,
  salaryBudgetPolicy,
  outcomeReviewPolicy,
  costCapPolicy,
  enablementPolicy,
  reviewCapacityPolicy,
  changeSizeLimitPolicy,
] as const;

export function policyBehaviour(type: string): PolicyBehaviour<never> {
  const found = BEHAVIOURS.find((p) => p.type === type);
  if (!found) throw new Error(`unknown policy type: ${type}`); // unreachable after validation
  return found as unknown as PolicyBehaviour<never>;
}

/** An arm's policy instances from its validated specs (the model's CreatePolicies). */
export function createPolicies(specs: readonly PolicyParams[], pop: Population, model: ModelParams, arrays: ArraySource): PolicyInstance[] {
  return specs.map((spec) => policyBehaviour(spec.type).create(spec as never, pop, model, arrays));
}
