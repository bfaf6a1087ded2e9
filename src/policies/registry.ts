// Every policy by its `type`, and the scenario schema of a policy entry. Adding a policy: write its module
// beside these and list it in POLICIES; the schema, the docs' tables and sensitivity ranges follow.
import { z } from "zod";
import { adoptionQuotaPolicy } from "./adoption-quota.js";
import { costCapPolicy } from "./cost-cap.js";
import { enablementPolicy } from "./enablement.js";
import { leaderboardPolicy } from "./leaderboard.js";
import { nonePolicy } from "./none.js";
import { outcomeReviewPolicy } from "./outcome-review.js";
import { salaryBudgetPolicy } from "./salary-budget.js";
import type { PolicyModule } from "./types.js";

export const POLICIES = [
  nonePolicy,
  adoptionQuotaPolicy,
  leaderboardPolicy,
  salaryBudgetPolicy,
  outcomeReviewPolicy,
  costCapPolicy,
  enablementPolicy,
] as const satisfies readonly PolicyModule[];

/** One entry of an arm's `policies`: the `type` selects the policy, its other fields are that policy's parameters. */
export const policySchema = z.discriminatedUnion("type", [
  POLICIES[0].schema,
  POLICIES[1].schema,
  ...POLICIES.slice(2).map((p) => p.schema),
]);

export function policyModule(type: string): PolicyModule {
  const found = POLICIES.find((p) => p.type === type);
  if (!found) throw new Error(`unknown policy type: ${type}`); // unreachable after validation
  return found as unknown as PolicyModule;
}
