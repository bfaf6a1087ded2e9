// The scenario parameters of the change-size-limit policy: names, defaults, limits, units and sources. Its behaviour,
// src/policies/change-size-limit.ts, imports only their type, so that the model runs without loading zod (worker threads start faster).
import { z } from "zod";
import { share } from "../param.js";

export const changeSizeLimitSchema = z
  .strictObject({
    type: z.literal("change-size-limit"),
    aiSizeReduction: share(0.5, {
      description: "Share of the size excess of AI-made change over human-written change that the limit removes (large AI changes must be split)",
      source: "assumption: a limit binds mostly on AI-made change, which is ~2.6x larger (LinearB 2026)",
      plausible: [0.2, 0.8],
    }),
    defectReduction: share(0.1, {
      description: "Share of defects per output unit that small batches avoid (in all change)",
      source: "assumption: smaller changes are less defect-prone",
      plausible: [0, 0.3],
    }),
    catchGain: share(0.15, {
      description: "Relative rise in the share of defects review catches on small changes",
      source: "assumption: review effectiveness falls with change size (SmartBear/Cisco code review study, 2006)",
      plausible: [0, 0.3],
    }),
    authoringCost: share(0.03, {
      description: "Share of every developer's working time that splitting and sequencing changes takes",
      source: "assumption",
      plausible: [0, 0.08],
    }),
  })
  .meta({ description: "Countermeasure: a limit on change size (small batches)" });

export type ChangeSizeLimitParams = z.output<typeof changeSizeLimitSchema>;
