// The scenario parameters of the leaderboard policy: names, defaults, limits, units and sources. Its behaviour,
// src/policies/leaderboard.ts, imports only their type, so that the model runs without loading zod (worker threads start faster).
import { z } from "zod";
import { group, num, share } from "../param.js";

export const leaderboardSchema = z
  .strictObject({
    type: z.literal("leaderboard"),
    topK: num(0, { min: 0, int: true }, { description: "Developers the board shows; 0 = topShare of the population", unit: "developers", source: "assumption" }),
    topShare: num(0.1, { min: 0, max: 1, exclusiveMin: true }, { description: "Share of developers shown when topK is 0", unit: "share (0-1]", source: "assumption: 'top 10%' tiers", plausible: [0.01, 0.3] }),
    rewardStrength: share(0.5, { description: "How much a place on the board is worth to developers", source: "assumption", plausible: [0.2, 1] }),
    overshoot: num(0.1, { min: 0, max: 10 }, { description: "Margin above the bar that chasers aim for", unit: "share", source: "assumption", plausible: [0.02, 0.3] }),
    keepProbability: share(0.9, { description: "Weekly probability that a chaser on the board keeps chasing", unit: "1/week", source: "assumption: loss aversion (Kahneman & Tversky 1979)", plausible: [0.5, 0.98] }),
    maxWasteMultiple: num(10, { min: 0 }, { description: "Most a fully gaming developer multiplies their own tokens by to chase a place", unit: "factor", source: "assumption", plausible: [3, 30] }),
    detection: group(
      {
        enabled: z.boolean().default(false).meta({ description: "Whether waste detection removes flagged developers from the board", unit: "true/false", default: false, source: "countermeasure; off by default" }),
        wasteShareThreshold: share(0.5, { description: "Share of a developer's weekly tokens that is waste above which they can be flagged", source: "assumption", plausible: [0.3, 0.8] }),
        probability: share(0.2, { description: "Weekly probability a developer over the threshold is flagged", unit: "1/week", source: "assumption", plausible: [0.05, 0.5] }),
      },
      "Countermeasure: waste detection",
    ),
  })
  .meta({ description: "Token leaderboard: developers ranked by weekly tokens, the top shown" });

export type LeaderboardParams = z.output<typeof leaderboardSchema>;
