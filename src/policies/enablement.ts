// enablement: training and coaching that raise AI proficiency (the countermeasure that invests in skill
// rather than pressing for use).
//
// Behaviour modelled:
//  - During the first `trainingWeeks` weeks, every active user closes an extra `proficiencyGainPerWeek` of
//    the gap to full proficiency each week (on top of learning by use), and non-users are invited:
//    extra adoption hazard `adoptionPushPerWeek x fit`.
//  - The programme costs `costUsdPerDeveloperWeek` for every developer during the training weeks, counted
//    in the arm's cost (`program_cost_usd`).
//
// Parameters (unit, default, source):
//  - trainingWeeks: length of the programme (weeks, 12, assumption: a quarter)
//  - proficiencyGainPerWeek: extra share of the proficiency gap closed per week (1/week, 0.05, assumption:
//    juniors' gains in Cui, Demirer et al. 2025 suggest skill matters)
//  - adoptionPushPerWeek: extra adoption hazard for non-users, times fit (1/week, 0.03, assumption)
//  - costUsdPerDeveloperWeek: programme cost per developer per training week (USD, 25, assumption: ~2 hours
//    of an instructor shared by a team, plus materials)
import { ACTIVE } from "../model/arm-state.js";
import { pressByFit } from "../model/policy-hooks.js";
import { type PolicyBehaviour } from "./types.js";
import type { EnablementParams } from "../scenario/policies/enablement.js";

export const enablementPolicy: PolicyBehaviour<EnablementParams> = {
  type: "enablement",
  summary: "training raises proficiency and invites non-users, at a programme cost",
  create(params, pop) {
    return {
      readsPolicyDraws: false,
      pressAdoption(_pop, arm, ctx) {
        if (ctx.week < params.trainingWeeks) pressByFit(arm, params.adoptionPushPerWeek);
      },
      changeWork(_pop, arm, ctx, from, to) {
        if (ctx.week >= params.trainingWeeks) return;
        arm.programCostUsd += params.costUsdPerDeveloperWeek * (to - from);
        for (let i = from; i < to; i++) {
          if (arm.developerTotals) arm.totalCost[i] += params.costUsdPerDeveloperWeek;
          if (arm.adoption[i] === ACTIVE) arm.proficiency[i] += params.proficiencyGainPerWeek * (1 - arm.proficiency[i]);
        }
      },
    };
  },
};
