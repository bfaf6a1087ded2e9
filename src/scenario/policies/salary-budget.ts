// The scenario parameters of the salary-budget policy: names, defaults, limits, units and sources. Its behaviour,
// src/policies/salary-budget.ts, imports only their type, so that the model runs without loading zod (worker threads start faster).
import { z } from "zod";
import { num, share } from "../param.js";

export const salaryBudgetSchema = z
  .strictObject({
    type: z.literal("salary-budget"),
    salaryFraction: num(0.5, { min: 0, max: 10 }, { description: "Share of salary each developer is expected to spend on tokens", unit: "share of salary", source: "Jensen Huang, All-In podcast, 2026-03: $250k for a $500k engineer", plausible: [0.05, 0.5] }),
    pressure: share(0.5, { description: "How hard the expectation is enforced", source: "assumption", plausible: [0.2, 1] }),
    adoptionPushPerWeek: num(0.15, { min: 0, max: 10 }, { description: "Extra adoption hazard at full pressure and conformity", unit: "1/week", source: "assumption", plausible: [0.05, 0.5] }),
  })
  .meta({ description: "Token budget tied to salary (Huang: half of salary)" });

export type SalaryBudgetParams = z.output<typeof salaryBudgetSchema>;
