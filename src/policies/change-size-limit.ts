// change-size-limit: changes above a size must be split (small batches), a countermeasure to AI-made change that
// is larger and harder to review (delivery layer, docs/MODEL.md §3.3; Q2 in calibration-targets.md).
//
// Behaviour modelled:
//  - AI-made change's size excess over human-written change shrinks by `aiSizeReduction` (world with AI).
//  - Small batches carry `defectReduction` fewer defects per output unit, and review catches a `catchGain` larger
//    share of their defects (in both worlds: small batches are a practice, not an AI tool).
//  - Splitting and sequencing changes takes `authoringCost` of every developer's working time, in both worlds.
//
// Parameters (unit, default, source):
//  - aiSizeReduction (share, 0.5, assumption), defectReduction (share, 0.1, assumption: smaller changes are less
//    defect-prone), catchGain (share, 0.15, SmartBear/Cisco 2006: review effectiveness falls with change size),
//    authoringCost (share of the week, 0.03, assumption)
import type { PolicyBehaviour } from "./types.js";
import type { ChangeSizeLimitParams } from "../scenario/policies/change-size-limit.js";

export const changeSizeLimitPolicy: PolicyBehaviour<ChangeSizeLimitParams> = {
  type: "change-size-limit",
  summary: "small batches: AI-made change split to smaller, less defect-prone change at some authoring cost",
  create(params) {
    const { aiSizeReduction, defectReduction, catchGain, authoringCost } = params;
    return {
      readsPolicyDraws: false,
      shapeDelivery(_pop, arm) {
        const levers = arm.delivery.levers;
        levers.aiSizeExcessScale *= 1 - aiSizeReduction;
        levers.defectScale *= 1 - defectReduction;
        levers.catchScale *= 1 + catchGain;
        levers.authoringTimeShare += authoringCost;
      },
    };
  },
};
