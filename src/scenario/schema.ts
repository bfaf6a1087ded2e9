// The scenario file: what a user writes. Every field but the arms has a default, so a short file is enough.
import { z } from "zod";
import {
  adoptionSchema,
  economicsSchema,
  measurementSchema,
  populationSchema,
  proficiencySchema,
  responseSchema,
} from "./model-schema.js";
import { deliverySchema } from "./delivery-schema.js";
import { num } from "./param.js";
import { policySchema } from "./policy-schemas.js";

/** Names become folder names and CSV cells: letters, digits, '.', '_' and '-' only. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

const armSchema = z.strictObject({
  name: z.string().min(1).max(80).meta({ description: "Name of the arm, shown in every output" }),
  description: z.string().max(2000).default("").meta({ description: "What this arm represents" }),
  policies: z
    .array(policySchema)
    .max(20)
    .default([{ type: "none" }])
    .meta({ description: "Policies in force, applied in this order; [] or [none] = organic adoption" }),
});

export const scenarioSchema = z
  .strictObject({
    name: z
      .string()
      .regex(NAME, "must be 1-80 letters, digits, '.', '_' or '-', starting with a letter or digit")
      .meta({ description: "Scenario name; also the default output folder out/<name>/" }),
    question: z.string().max(2000).default("").meta({ description: "The question this scenario answers" }),
    seed: num(1, { min: 0, max: 2 ** 53 - 1, int: true }, { description: "Seed of every random stream", unit: "integer", source: "user choice" }),
    startDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
      .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "must be a real calendar date")
      .default("2026-01-05")
      .meta({ description: "Day week 1 starts (UTC), for dated outputs such as focus.csv [YYYY-MM-DD]", unit: "YYYY-MM-DD", default: "2026-01-05", source: "assumption: the first Monday of 2026" }),
    weeks: num(52, { min: 1, max: 1040, int: true }, { description: "Horizon of the run", unit: "weeks", source: "assumption: one year" }),
    population: populationSchema,
    adoption: adoptionSchema,
    proficiency: proficiencySchema,
    response: responseSchema,
    economics: economicsSchema,
    measurement: measurementSchema,
    delivery: deliverySchema,
    arms: z.array(armSchema).min(1).max(50).meta({ description: "The policy mixes to compare; every arm sees the same population and draws" }),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.arms.forEach((arm, i) => {
      if (seen.has(arm.name)) ctx.addIssue({ code: "custom", path: ["arms", i, "name"], message: `duplicate arm name "${arm.name}"` });
      seen.add(arm.name);
    });
    const e = s.economics;
    const mix = e.inputShare + e.outputShare + e.cacheReadShare + e.cacheWriteShare;
    if (Math.abs(mix - 1) > 1e-6) {
      ctx.addIssue({ code: "custom", path: ["economics", "inputShare"], message: `token mix shares (input, output, cacheRead, cacheWrite) must sum to 1, got ${+mix.toFixed(6)}` });
    }
    const levels = s.population.levels;
    if (levels.junior.share + levels.mid.share + levels.senior.share + levels.staff.share <= 0) {
      ctx.addIssue({ code: "custom", path: ["population", "levels"], message: "level shares must not all be 0" });
    }
  });

export type Scenario = z.output<typeof scenarioSchema>;
export type ArmSpec = Scenario["arms"][number];
export type PolicyParams = z.output<typeof policySchema>;
