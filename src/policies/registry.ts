// Every policy by its `type` with its scenario parameters, and the scenario schema of a policy entry. Adding a
// policy: write its behaviour beside these (listed in runtime.ts) and its parameters in schemas/, and list it
// here; the schema, the docs' tables and sensitivity ranges follow.
import { z } from "zod";
import { adoptionQuotaPolicy } from "./adoption-quota.js";
import { costCapPolicy } from "./cost-cap.js";
import { enablementPolicy } from "./enablement.js";
import { leaderboardPolicy } from "./leaderboard.js";
import { nonePolicy } from "./none.js";
import { outcomeReviewPolicy } from "./outcome-review.js";
import { salaryBudgetPolicy } from "./salary-budget.js";
import { adoptionQuotaSchema } from "./schemas/adoption-quota.js";
import { costCapSchema } from "./schemas/cost-cap.js";
import { enablementSchema } from "./schemas/enablement.js";
import { leaderboardSchema } from "./schemas/leaderboard.js";
import { noneSchema } from "./schemas/none.js";
import { outcomeReviewSchema } from "./schemas/outcome-review.js";
import { salaryBudgetSchema } from "./schemas/salary-budget.js";
import type { PolicyModule } from "./types.js";

export const POLICIES = [
  { ...nonePolicy, schema: noneSchema },
  { ...adoptionQuotaPolicy, schema: adoptionQuotaSchema },
  { ...leaderboardPolicy, schema: leaderboardSchema },
  { ...salaryBudgetPolicy, schema: salaryBudgetSchema },
  { ...outcomeReviewPolicy, schema: outcomeReviewSchema },
  { ...costCapPolicy, schema: costCapSchema },
  { ...enablementPolicy, schema: enablementSchema },
] as const satisfies readonly PolicyModule[];

/** One entry of an arm's `policies`: the `type` selects the policy, its other fields are that policy's parameters. */
export const policySchema = z.discriminatedUnion("type", [
  POLICIES[0].schema,
  POLICIES[1].schema,
  ...POLICIES.slice(2).map((p) => p.schema),
]);
