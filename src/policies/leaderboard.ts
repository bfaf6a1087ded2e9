// leaderboard: developers are ranked by weekly tokens and the top of the board is shown (Amazon's and Meta's
// internal token leaderboards, 2025-2026; "tokenmaxxing").
//
// Behaviour modelled:
//  - The bar is last week's tokens of the lowest developer shown (the k-th largest among those not flagged).
//  - Each week an active developer chases a place with probability `rewardStrength x competitiveness`;
//    one who chased last week and is on the board keeps at it with probability `keepProbability`
//    (losing a place hurts more than gaining one).
//    A chaser aims at `bar x (1 + overshoot)` and pads the gap with wasted tokens, if the target is within
//    what they will stomach: at most `1 + maxWasteMultiple x gaming` times their own tokens.
//  - Those on the board chase rank too: they aim at `max(bar, their own tokens last week) x (1 + overshoot)`,
//    since everyone else on the board climbs. Chasers overshooting lift next week's bar and the top of the
//    board climbs week after week: an arms race that stretches the tail until what people stomach, or the
//    weekly cap on tokens, binds.
//  - Optional waste detection: a developer whose week is more than `detection.wasteShareThreshold` waste is
//    flagged with weekly probability `detection.probability`, leaves the board for good and stops chasing.
//
// Parameters (unit, default, source):
//  - topK: developers shown (developers, 0 = topShare of the population; a topK above the population shows all)
//  - topShare: share shown when topK is 0 (share, 0.1, assumption: "top 10%" tiers)
//  - rewardStrength: how much a place is worth to people, 0-1 (share, 0.5, assumption)
//  - overshoot: margin above the bar chasers aim for (share, 0.1, assumption)
//  - keepProbability: weekly probability that a chaser on the board keeps chasing (1/week, 0.9, assumption:
//    loss aversion, Kahneman & Tversky 1979)
//  - maxWasteMultiple: most a fully gaming developer multiplies their own tokens by to chase (factor, 10, assumption)
//  - detection.enabled (false), detection.wasteShareThreshold (share, 0.5), detection.probability (1/week, 0.2)
import { z } from "zod";
import { ACTIVE } from "../model/arm-state.js";
import { selectInPlace } from "../model/select.js";
import { group, num, share } from "../scenario/param.js";
import { addWasteCapped, secondUniform, type PolicyModule } from "./types.js";

const schema = z
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

export const leaderboardPolicy: PolicyModule<typeof schema> = {
  type: "leaderboard",
  summary: "developers ranked by tokens; the competitive pad with waste to reach the board",
  schema,
  create(params, pop, model) {
    const n = pop.size;
    const shown = params.topK > 0 ? Math.min(params.topK, n) : Math.max(1, Math.round(params.topShare * n));
    const maxTokens = model.population.maxTokensPerWeek;
    const flagged = new Uint8Array(n);
    const onBoard = new Uint8Array(n);
    const chased = new Uint8Array(n);
    const lastTokens = new Float64Array(n);
    const work = new Float64Array(n);
    let bar = 0;
    return {
      addWaste(_pop, arm, ctx) {
        if (bar <= 0) return; // week 1: no board yet
        const overshoot = 1 + params.overshoot;
        const { competitiveness, gaming } = pop;
        for (let i = 0; i < n; i++) {
          const wasChasing = chased[i] === 1;
          chased[i] = 0;
          if (arm.adoption[i] !== ACTIVE || flagged[i] === 1) continue;
          const chase = wasChasing && onBoard[i] === 1 ? params.keepProbability : params.rewardStrength * competitiveness[i];
          if (ctx.uPolicy[i] >= chase) continue;
          chased[i] = 1;
          const tokens = arm.useful[i] + arm.wasted[i];
          const target = (onBoard[i] === 1 && lastTokens[i] > bar ? lastTokens[i] : bar) * overshoot;
          if (tokens >= target || target > tokens * (1 + params.maxWasteMultiple * gaming[i])) continue;
          addWasteCapped(arm, i, target - tokens, maxTokens);
        }
      },
      afterWeek(_pop, arm, ctx) {
        let count = 0;
        for (let i = 0; i < n; i++) {
          const tokens = arm.useful[i] + arm.wasted[i];
          if (params.detection.enabled && flagged[i] === 0 && tokens > 0) {
            if (arm.wasted[i] > params.detection.wasteShareThreshold * tokens && secondUniform(ctx.uPolicy[i]) < params.detection.probability) {
              flagged[i] = 1;
            }
          }
          if (flagged[i] === 0) work[count++] = tokens;
          lastTokens[i] = tokens;
        }
        // The k-th largest is the (count - k)-th smallest; with fewer on the board than k, the lowest shown.
        bar = count === 0 ? 0 : selectInPlace(work, count, Math.max(0, count - shown));
        for (let i = 0; i < n; i++) onBoard[i] = flagged[i] === 0 && bar > 0 && arm.useful[i] + arm.wasted[i] >= bar ? 1 : 0;
      },
    };
  },
};
