// The scenario parameters of the outcome-review policy: names, defaults, limits, units and sources. Its behaviour,
// src/policies/outcome-review.ts, imports only their type, so that the model runs without loading zod (worker threads start faster).
import { z } from "zod";
import { num, share } from "../param.js";

export const outcomeReviewSchema = z
  .strictObject({
    type: z.literal("outcome-review"),
    strength: share(0.7, { description: "How much performance reviews weigh delivered output", source: "assumption", plausible: [0.3, 1] }),
    wasteCut: share(0.8, { description: "Share of other policies' waste developers drop at full strength", source: "assumption", plausible: [0.5, 1] }),
    adoptionPushPerWeek: num(0.02, { min: 0, max: 10 }, { description: "Extra adoption hazard at full strength for developers whose work AI fits", unit: "1/week", source: "assumption", plausible: [0, 0.1] }),
  })
  .meta({ description: "Countermeasure: review output, set no token targets" });

export type OutcomeReviewParams = z.output<typeof outcomeReviewSchema>;
