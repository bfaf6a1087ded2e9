// none: organic adoption, useful tokens only. The baseline every other policy is measured against.
// Parameters: none.
import { z } from "zod";
import type { PolicyModule } from "./types.js";

const schema = z.strictObject({ type: z.literal("none") }).meta({ description: "Organic adoption, useful tokens only" });

export const nonePolicy: PolicyModule<typeof schema> = {
  type: "none",
  summary: "organic adoption; developers spend only the tokens their real work needs",
  schema,
  create: () => ({}),
};
