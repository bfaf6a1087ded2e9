// outcome-review: developers are reviewed on what they deliver, not on tokens (the countermeasure to usage
// targets; Goodhart's law: measure the outcome, not the proxy).
//
// Behaviour modelled:
//  - No token targets: waste that policies listed before it push is cut by `strength x wasteCut`, since
//    burning tokens now costs reviewable output (it takes time) and earns nothing.
//  - Output is what counts, so developers whose work AI fits try it: extra adoption hazard
//    `strength x adoptionFit x adoptionPushPerWeek` (fit = how well AI suits their work), and nobody is held:
//    those who gain little may lapse.
//
// Parameters (unit, default, source):
//  - strength: how much reviews weigh output, 0-1 (share, 0.7, assumption)
//  - wasteCut: share of other policies' waste dropped at full strength (share, 0.8, assumption)
//  - adoptionPushPerWeek: extra adoption hazard at full strength and fit (1/week, 0.02, assumption: a nudge)
import { ACTIVE } from "../model/arm-state.js";
import { pressByFit } from "../model/policy-hooks.js";
import { type PolicyBehaviour } from "./types.js";
import type { OutcomeReviewParams } from "../scenario/policies/outcome-review.js";

export const outcomeReviewPolicy: PolicyBehaviour<OutcomeReviewParams> = {
  type: "outcome-review",
  summary: "reviews reward output, not tokens: waste is dropped, adoption follows fit",
  create(params, pop) {
    const keep = 1 - params.strength * params.wasteCut;
    return {
      readsPolicyDraws: false,
      pressAdoption(_pop, arm) {
        pressByFit(arm, params.strength * params.adoptionPushPerWeek);
      },
      changeWaste(_pop, arm, _ctx, from, to) {
        if (keep === 1) return;
        for (let i = from; i < to; i++) if (arm.adoption[i] === ACTIVE && arm.wasted[i] > 0) arm.wasted[i] *= keep;
      },
    };
  },
};
