// review-capacity: the organisation adds review capacity, so that what AI helps author can be reviewed and merged
// (the delivery layer's bottleneck, docs/MODEL.md §3.3).
//
// Behaviour modelled:
//  - Dedicated reviewer time: every developer who reviews (a level with a review share above 0) sets aside
//    `extraReviewShare` more of the week for review, in both worlds (it is not an AI tool). As with their own
//    share, only the hours the queue uses come out of their authoring.
//  - An AI reviewer (optional, world with AI only): screens every change before human review, catching
//    `catchShare` of its defects (the author fixes them, at delivery.fixHoursPerCaughtDefect each), saving
//    `hoursSavedShare` of human review hours per size unit, and spending `tokensPerSizeUnit` tokens per size unit
//    screened, charged at this week's price as a programme cost (program_cost_usd; tokens in tokens_ai_review).
//
// Parameters (unit, default, source):
//  - extraReviewShare: share of the week (share, 0.05, assumption: half a day a week more per reviewer)
//  - aiReviewer.enabled (false), aiReviewer.catchShare (share, 0.3, assumption), aiReviewer.hoursSavedShare
//    (share, 0.2, assumption), aiReviewer.tokensPerSizeUnit (tokens/size unit, 2e6, assumption)
import type { PolicyBehaviour } from "./types.js";
import type { ReviewCapacityParams } from "../scenario/policies/review-capacity.js";

export const reviewCapacityPolicy: PolicyBehaviour<ReviewCapacityParams> = {
  type: "review-capacity",
  summary: "more review capacity: dedicated reviewer time, and optionally an AI reviewer that screens change",
  create(params) {
    const { extraReviewShare, aiReviewer } = params;
    return {
      readsPolicyDraws: false,
      shapeDelivery(_pop, arm) {
        const levers = arm.delivery.levers;
        levers.reviewShareBonus += extraReviewShare;
        if (aiReviewer.enabled) {
          // With several AI reviewers, each screens what the one before it missed.
          levers.aiReviewCatch = 1 - (1 - levers.aiReviewCatch) * (1 - aiReviewer.catchShare);
          levers.aiReviewHoursSaved = 1 - (1 - levers.aiReviewHoursSaved) * (1 - aiReviewer.hoursSavedShare);
          levers.aiReviewTokensPerSizeUnit += aiReviewer.tokensPerSizeUnit;
        }
      },
    };
  },
};
