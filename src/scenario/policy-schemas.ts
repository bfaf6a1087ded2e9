// Every policy's scenario parameters by its `type`, and the scenario schema of one entry of an arm's `policies`.
// Adding a policy: declare its parameters in policies/ beside these and list them here, then write its behaviour
// in src/policies/ and list it in src/policies/registry.ts; the JSON Schema, the docs' tables and the sensitivity
// ranges follow.
import { z } from "zod";
import { adoptionQuotaSchema } from "./policies/adoption-quota.js";
import { costCapSchema } from "./policies/cost-cap.js";
import { enablementSchema } from "./policies/enablement.js";
import { leaderboardSchema } from "./policies/leaderboard.js";
import { noneSchema } from "./policies/none.js";
import { outcomeReviewSchema } from "./policies/outcome-review.js";
import { salaryBudgetSchema } from "./policies/salary-budget.js";
import { reviewCapacitySchema } from "./policies/review-capacity.js";
import { changeSizeLimitSchema } from "./policies/change-size-limit.js";

export const POLICY_SCHEMAS = [
  noneSchema,
  adoptionQuotaSchema,
  leaderboardSchema,
  salaryBudgetSchema,
  outcomeReviewSchema,
  costCapSchema,
  enablementSchema,
  reviewCapacitySchema,
  changeSizeLimitSchema,
] as const;

/** The `type` of a policy schema (its literal). */
export function policyType(schema: (typeof POLICY_SCHEMAS)[number]): string {
  return schema.shape.type.value;
}

/** One entry of an arm's `policies`: the `type` selects the policy, its other fields are that policy's parameters. */
export const policySchema = z.discriminatedUnion("type", [POLICY_SCHEMAS[0], POLICY_SCHEMAS[1], ...POLICY_SCHEMAS.slice(2)]);
