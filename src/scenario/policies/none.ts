// The scenario parameters of the none policy: names, defaults, limits, units and sources. Its behaviour,
// src/policies/none.ts, imports only their type, so that the model runs without loading zod (worker threads start faster).
import { z } from "zod";

export const noneSchema = z.strictObject({ type: z.literal("none") }).meta({ description: "Organic adoption, useful tokens only" });

export type NoneParams = z.output<typeof noneSchema>;
