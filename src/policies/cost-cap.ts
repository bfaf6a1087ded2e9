// cost-cap: each team's token spend is charged back to it against a weekly budget (team budgets or
// chargeback: a price signal on tokens).
//
// Behaviour modelled:
//  - Chargeback makes spend visible to the team: waste that policies listed before it push is cut by
//    `priceSensitivity`.
//  - If the team's token cost this week still exceeds `budgetUsdPerDeveloperWeek x team size`, waste is cut
//    first, then useful tokens are scaled down in proportion until the team fits its budget (real work
//    forgone: a cap can cost output too).
//
// Parameters (unit, default, source):
//  - budgetUsdPerDeveloperWeek: the team's weekly budget per developer (USD/developer/week, 150, assumption:
//    ~2x the median active user's ~$60/week at ~$12/active day, C1)
//  - priceSensitivity: share of waste dropped once teams pay for it (share, 0.6, assumption)
import type { PolicyBehaviour } from "./types.js";
import type { CostCapParams } from "../scenario/policies/cost-cap.js";

export const costCapPolicy: PolicyBehaviour<CostCapParams> = {
  type: "cost-cap",
  summary: "team budgets with chargeback: waste is cut, and spend over the budget is cut, waste first",
  create(params, pop) {
    const teamUseful = new Float64Array(pop.teams);
    const teamWasted = new Float64Array(pop.teams);
    const wasteScale = new Float64Array(pop.teams);
    const usefulScale = new Float64Array(pop.teams);
    const keepWaste = 1 - params.priceSensitivity;
    return {
      readsPolicyDraws: false,
      // A team's budget binds on the team's whole week.
      capTokens(_pop, arm, ctx) {
        const { team } = pop;
        teamUseful.fill(0);
        teamWasted.fill(0);
        for (let i = 0; i < pop.size; i++) {
          arm.wasted[i] *= keepWaste;
          teamUseful[team[i]] += arm.useful[i];
          teamWasted[team[i]] += arm.wasted[i];
        }
        // Tokens each team may use this week at this week's price; a zero price caps nothing.
        for (let t = 0; t < pop.teams; t++) {
          const allowed = ctx.pricePerToken > 0 ? (params.budgetUsdPerDeveloperWeek * pop.teamSize[t]) / ctx.pricePerToken : Infinity;
          const w = teamWasted[t], u = teamUseful[t];
          if (u + w <= allowed) {
            wasteScale[t] = 1;
            usefulScale[t] = 1;
          } else if (u <= allowed) {
            wasteScale[t] = w > 0 ? (allowed - u) / w : 1;
            usefulScale[t] = 1;
          } else {
            wasteScale[t] = 0;
            usefulScale[t] = u > 0 ? allowed / u : 1;
          }
        }
        for (let i = 0; i < pop.size; i++) {
          arm.wasted[i] *= wasteScale[team[i]];
          arm.useful[i] *= usefulScale[team[i]];
        }
      },
    };
  },
};
