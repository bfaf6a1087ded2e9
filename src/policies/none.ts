// none: organic adoption, useful tokens only. The baseline every other policy is measured against.
// Parameters: none.
import type { PolicyBehaviour } from "./types.js";
import type { NoneParams } from "../scenario/policies/none.js";

export const nonePolicy: PolicyBehaviour<NoneParams> = {
  type: "none",
  summary: "organic adoption; developers spend only the tokens their real work needs",
  create: () => ({ readsPolicyDraws: false }),
};
