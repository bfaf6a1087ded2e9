// Every policy by its `type`. Adding a policy: write its module beside these and list it here.
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
] as const;

export type PolicySpec = { type: string } & Record<string, unknown>;

export function policyModule(type: string): PolicyModule {
  const found = POLICIES.find((p) => p.type === type);
  if (!found) throw new Error(`unknown policy type: ${type}`); // unreachable after validation
  return found as unknown as PolicyModule;
}
