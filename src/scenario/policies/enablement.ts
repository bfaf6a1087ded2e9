// The scenario parameters of the enablement policy: names, defaults, limits, units and sources. Its behaviour,
// src/policies/enablement.ts, imports only their type, so that the model runs without loading zod (worker threads start faster).
import { z } from "zod";
import { num } from "../param.js";

export const enablementSchema = z
  .strictObject({
    type: z.literal("enablement"),
    trainingWeeks: num(12, { min: 0, max: 1040, int: true }, { description: "Length of the training programme", unit: "weeks", source: "assumption: a quarter", plausible: [4, 26] }),
    proficiencyGainPerWeek: num(0.05, { min: 0, max: 1 }, { description: "Extra share of the gap to full proficiency an active user closes per training week", unit: "1/week", source: "assumption", plausible: [0.01, 0.15] }),
    adoptionPushPerWeek: num(0.03, { min: 0, max: 10 }, { description: "Extra adoption hazard for non-users during training, times fit", unit: "1/week", source: "assumption", plausible: [0, 0.1] }),
    costUsdPerDeveloperWeek: num(25, { min: 0 }, { description: "Programme cost per developer per training week", unit: "USD/developer/week", source: "assumption", plausible: [5, 100] }),
  })
  .meta({ description: "Countermeasure: training that raises proficiency" });

export type EnablementParams = z.output<typeof enablementSchema>;
