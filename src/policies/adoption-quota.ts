// adoption-quota: the organisation wants a target share of developers active each week, where active means
// at least `thresholdTokens` tokens that week (Amazon's goal: 80% of developers using AI every week, 2025-11).
//
// Behaviour modelled:
//  - Pressure: while last week's measured share is below target, the mandate presses at full `enforcement`;
//    once met, at `enforcement x maintenance` (the rule stays in force). A target of 0 asks nothing.
//  - Non-users adopt with extra weekly hazard `intensity x conformity x adoptionPushPerWeek`.
//  - Users are held: their lapse hazard falls by the factor `intensity x conformity`.
//  - Filler: an active user whose tokens fall short of the threshold tops up to it with wasted tokens,
//    with probability `intensity x conformity` that week. Those with little genuine demand meet the
//    metric this way: the dashboard reaches its target while output barely moves (Goodhart).
//
// Parameters (unit, default, source):
//  - target: share of developers weekly active the organisation wants (share, 0.8, Amazon's goal)
//  - thresholdTokens: tokens in a week that count as active for the quota (tokens/week, 1e6, assumption)
//  - enforcement: strength of the mandate, 0-1 (share, 0.6, assumption: reviews and manager follow-up)
//  - maintenance: share of the pressure kept once the target is met (share, 0.5, assumption)
//  - adoptionPushPerWeek: extra adoption hazard at full enforcement and conformity (1/week, 0.15, assumption:
//    A1, a mandate takes weekly use to ~70-80% within months)
import { ACTIVE, type ArmState } from "../model/arm-state.js";
import type { Population } from "../model/population.js";
import { UNIT_PER_WORD } from "../random/distributions.js";
import { addWasteCapped, pressByConformity } from "../model/policy-hooks.js";
import { type PolicyBehaviour } from "./types.js";
import type { AdoptionQuotaParams } from "../scenario/policies/adoption-quota.js";

// The weekly loops are module functions, not closures: V8 keeps type feedback per closure, so a closure made
// for each run would start cold (and deoptimise) every run.

/**
 * Filler for developers [from, to): active users short of the threshold top up to it with wasted tokens, if
 * they comply this week.
 */
function fill(pop: Population, arm: ArmState, uPolicy: Uint32Array, intensity: number, thresholdTokens: number, maxTokens: number, from: number, to: number): void {
  const { conformity } = pop;
  const { adoption, useful, wasted } = arm;
  for (let i = from; i < to; i++) {
    if (adoption[i] !== ACTIVE) continue;
    const tokens = useful[i] + wasted[i];
    if (tokens < thresholdTokens && uPolicy[i] * UNIT_PER_WORD < intensity * conformity[i]) {
      addWasteCapped(arm, i, thresholdTokens - tokens, maxTokens);
    }
  }
}

/** Share of developers whose tokens this week reach the quota's threshold (and are above 0). */
function activeShare(pop: Population, arm: ArmState, thresholdTokens: number): number {
  const { useful, wasted } = arm;
  let active = 0;
  for (let i = 0; i < pop.size; i++) {
    const tokens = useful[i] + wasted[i];
    if (tokens > 0 && tokens >= thresholdTokens) active++;
  }
  return pop.size > 0 ? active / pop.size : 0;
}

export const adoptionQuotaPolicy: PolicyBehaviour<AdoptionQuotaParams> = {
  type: "adoption-quota",
  summary: "a target share of developers weekly active; the short fall back on filler tokens",
  create(params, pop, model) {
    const { target, thresholdTokens, enforcement, maintenance, adoptionPushPerWeek } = params;
    const maxTokens = model.population.maxTokensPerWeek;
    const dashboardThreshold = model.measurement.activeThresholdTokens;
    let quotaShareLastWeek = 0;
    let intensity = 0;
    return {
      pressAdoption(_pop, arm) {
        intensity = target <= 0 ? 0 : enforcement * (quotaShareLastWeek < target ? 1 : maintenance);
        if (intensity > 0) pressByConformity(arm, intensity, adoptionPushPerWeek);
      },
      changeWaste(_pop, arm, ctx, from, to) {
        if (intensity > 0) fill(pop, arm, ctx.uPolicy, intensity, thresholdTokens, maxTokens, from, to);
      },
      afterWeek(_pop, arm) {
        // With the dashboard's own threshold, the step has just counted the same developers.
        quotaShareLastWeek = thresholdTokens === dashboardThreshold ? arm.measuredShareLastWeek : activeShare(pop, arm, thresholdTokens);
      },
    };
  },
};
