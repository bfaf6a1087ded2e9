// salary-budget: each developer is expected to spend a fraction of their salary on tokens (Jensen Huang,
// All-In podcast, 2026-03: a $500k engineer should spend at least $250k a year on tokens).
//
// Behaviour modelled:
//  - Non-users adopt with extra weekly hazard `pressure x conformity x adoptionPushPerWeek`, users are held.
//  - The weekly expectation is `salaryFraction x salary / 52` USD, i.e. that divided by this week's price in
//    tokens. Genuine demand cannot absorb it: an active user spends `pressure x conformity` of the shortfall
//    on top of their useful tokens, and all of that is waste (up to the weekly cap on tokens).
//    Cost explodes; output saturates and then falls with the time the waste takes.
//
// Parameters (unit, default, source):
//  - salaryFraction: share of salary expected as token spend (share of USD/year, 0.5, Huang 2026-03)
//  - pressure: how hard the expectation is enforced, 0-1 (share, 0.5, assumption)
//  - adoptionPushPerWeek: extra adoption hazard at full pressure and conformity (1/week, 0.15, assumption)
import { ACTIVE, type ArmState } from "../model/arm-state.js";
import type { Population } from "../model/population.js";
import { addWasteCapped, pressByConformity } from "../model/policy-hooks.js";
import { type PolicyBehaviour } from "./types.js";
import type { SalaryBudgetParams } from "../scenario/policies/salary-budget.js";

// The weekly loops are module functions, not closures: V8 keeps type feedback per closure, so a closure made
// for each run would start cold (and deoptimise) every run.

/**
 * Active users among developers [from, to) burn `pressure x conformity` of their shortfall from the expected
 * spend (tokens) as waste.
 */
function burn(pop: Population, arm: ArmState, pricePerToken: number, salaryFraction: number, pressure: number, maxTokens: number, from: number, to: number): void {
  const { conformity, salary } = pop;
  const { adoption, useful, wasted } = arm;
  for (let i = from; i < to; i++) {
    const p = pressure * conformity[i];
    if (adoption[i] !== ACTIVE || p <= 0) continue;
    const expectedUsd = (salaryFraction * salary[i]) / 52; // USD/week
    const expectedTokens = pricePerToken > 0 ? expectedUsd / pricePerToken : expectedUsd > 0 ? maxTokens : 0;
    const shortfall = expectedTokens - useful[i] - wasted[i];
    if (shortfall > 0) addWasteCapped(arm, i, p * shortfall, maxTokens);
  }
}

export const salaryBudgetPolicy: PolicyBehaviour<SalaryBudgetParams> = {
  type: "salary-budget",
  summary: "each developer expected to spend a share of salary on tokens; the shortfall is burnt as waste",
  create(params, pop, model) {
    const { salaryFraction, pressure, adoptionPushPerWeek } = params;
    const maxTokens = model.population.maxTokensPerWeek;
    return {
      readsPolicyDraws: false,
      pressAdoption: (_pop, arm) => pressByConformity(arm, pressure, adoptionPushPerWeek),
      changeWaste: (_pop, arm, ctx, from, to) => burn(pop, arm, ctx.pricePerToken, salaryFraction, pressure, maxTokens, from, to),
    };
  },
};
