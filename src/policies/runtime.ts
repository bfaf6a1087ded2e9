// Every policy's behaviour by its `type`, without the scenario schemas (see registry.ts for those): what the
// model needs to run, so that worker threads start without loading zod (~0.1 s of a worker's start).
import { adoptionQuotaPolicy } from "./adoption-quota.js";
import { costCapPolicy } from "./cost-cap.js";
import { enablementPolicy } from "./enablement.js";
import { leaderboardPolicy } from "./leaderboard.js";
import { nonePolicy } from "./none.js";
import { outcomeReviewPolicy } from "./outcome-review.js";
import { salaryBudgetPolicy } from "./salary-budget.js";
import type { PolicyBehaviour } from "./types.js";

export const BEHAVIOURS = [
  nonePolicy,
  adoptionQuotaPolicy,
  leaderboardPolicy,
  salaryBudgetPolicy,
  outcomeReviewPolicy,
  costCapPolicy,
  enablementPolicy,
] as const;

export function policyBehaviour(type: string): PolicyBehaviour<never> {
  const found = BEHAVIOURS.find((p) => p.type === type);
  if (!found) throw new Error(`unknown policy type: ${type}`); // unreachable after validation
  return found as unknown as PolicyBehaviour<never>;
}
