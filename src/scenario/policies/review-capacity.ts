// The scenario parameters of the review-capacity policy: names, defaults, limits, units and sources. Its behaviour,
// src/policies/review-capacity.ts, imports only their type, so that the model runs without loading zod (worker threads start faster).
import { z } from "zod";
import { group, num, share } from "../param.js";

export const reviewCapacitySchema = z
  .strictObject({
    type: z.literal("review-capacity"),
    extraReviewShare: share(0.05, {
      description: "Share of the week added to every reviewer's review time (dedicated reviewer time; used hours come out of their authoring)",
      source: "assumption: half a day a week more per reviewer",
      plausible: [0, 0.2],
    }),
    aiReviewer: group(
      {
        enabled: z.boolean().default(false).meta({ description: "Whether an AI reviewer screens every change before human review", unit: "true/false", default: false, source: "countermeasure; off by default" }),
        catchShare: share(0.3, {
          description: "Share of a change's defects the AI reviewer catches before a human sees it (the author fixes them)",
          source: "assumption: automated review tools catch a minority of what human review finds",
          plausible: [0.1, 0.5],
        }),
        hoursSavedShare: share(0.2, {
          description: "Share of human review hours per size unit the AI reviewer saves (summaries, pre-screening)",
          source: "assumption",
          plausible: [0, 0.4],
        }),
        tokensPerSizeUnit: num(2e6, { min: 0, max: 1e12 }, {
          description: "Tokens the AI reviewer spends per size unit of change it screens",
          unit: "tokens/size unit",
          source: "assumption: a few agentic review passes over a developer's week of change",
          plausible: [0.5e6, 10e6],
        }),
      },
      "An AI reviewer",
    ),
  })
  .meta({ description: "Countermeasure: more review capacity (dedicated reviewer time, an AI reviewer)" });

export type ReviewCapacityParams = z.output<typeof reviewCapacitySchema>;
