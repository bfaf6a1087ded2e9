// The scenario parameters of the adoption-quota policy: names, defaults, limits, units and sources. Its behaviour,
// src/policies/adoption-quota.ts, imports only their type, so that the model runs without loading zod (worker threads start faster).
import { z } from "zod";
import { num, share } from "../param.js";

export const adoptionQuotaSchema = z
  .strictObject({
    type: z.literal("adoption-quota"),
    target: share(0.8, { description: "Share of developers the organisation wants weekly active", source: "Amazon's 80% weekly-use goal (press, 2025-11)", plausible: [0.5, 0.95] }),
    thresholdTokens: num(1e6, { min: 0 }, { description: "Tokens in a week that count as active for the quota", unit: "tokens/week", source: "assumption", plausible: [0.1e6, 5e6] }),
    enforcement: share(0.6, { description: "Strength of the mandate", source: "assumption", plausible: [0.2, 1] }),
    maintenance: share(0.5, { description: "Share of the pressure kept once the target is met", source: "assumption", plausible: [0.2, 1] }),
    adoptionPushPerWeek: num(0.15, { min: 0, max: 10 }, { description: "Extra adoption hazard at full enforcement and conformity", unit: "1/week", source: "assumption tuned to A1 (70-80% weekly use under a mandate)", plausible: [0.05, 0.5] }),
  })
  .meta({ description: "Target weekly-active share with a token threshold (Amazon-style mandate)" });

export type AdoptionQuotaParams = z.output<typeof adoptionQuotaSchema>;
