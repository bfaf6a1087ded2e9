// The scenario parameters of the cost-cap policy: names, defaults, limits, units and sources. Its behaviour,
// src/policies/cost-cap.ts, imports only their type, so that the model runs without loading zod (worker threads start faster).
import { z } from "zod";
import { num, share } from "../param.js";

export const costCapSchema = z
  .strictObject({
    type: z.literal("cost-cap"),
    budgetUsdPerDeveloperWeek: num(150, { min: 0 }, { description: "Weekly token budget of a team, per developer", unit: "USD/developer/week", source: "assumption: ~2x the median active user's weekly spend (C1)", plausible: [30, 500] }),
    priceSensitivity: share(0.6, { description: "Share of waste teams drop once they pay for it", source: "assumption", plausible: [0.2, 0.9] }),
  })
  .meta({ description: "Countermeasure: team token budgets with chargeback" });

export type CostCapParams = z.output<typeof costCapSchema>;
