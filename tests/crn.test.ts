// Common random numbers: replicate i of every arm shares its population and draws, so a paired difference
// between arms varies far less than the same difference between independent runs.
import { describe, expect, it } from "vitest";
import { simulate } from "../src/model/simulate.js";
import { BEHAVIOURS, createPolicies } from "../src/policies/registry.js";
import { makeScenario } from "./helpers/scenario.js";

const variance = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
};
const totalOutput = (weeks: { output: number }[]) => weeks.reduce((a, w) => a + w.output, 0);

describe("common random numbers", () => {
  it("cut the variance of the quota's paired effect on output by more than 10x", () => {
    const s = makeScenario({ weeks: 26, population: { developers: 1500 }, arms: [{ name: "none" }, { name: "quota", policies: [{ type: "adoption-quota" }] }] });
    const paired: number[] = [];
    const independent: number[] = [];
    for (let r = 0; r < 12; r++) {
      const run = simulate(s, createPolicies, r);
      paired.push(totalOutput(run.arms[1].weeks) - totalOutput(run.arms[0].weeks));
      // The same comparison with the quota arm taken from another replicate: independent draws.
      const other = simulate(s, createPolicies, r + 100);
      independent.push(totalOutput(other.arms[1].weeks) - totalOutput(run.arms[0].weeks));
    }
    expect(variance(paired) * 10).toBeLessThan(variance(independent));
  });

  // A run draws the policy uniforms only if one of its policies may read them (readsPolicyDraws). Each policy
  // that says it does not, run alone (no policy uniforms drawn) and beside the quota (drawn), must give the same
  // numbers: a policy that read them while saying it does not would see an empty array and diverge.
  for (const { type } of BEHAVIOURS) {
    it(`gives the ${type} arm the same numbers whether or not the run draws the policy uniforms`, () => {
      const arm = { name: type, policies: [{ type }] };
      const quota = { name: "quota", policies: [{ type: "adoption-quota", target: 0.9 }] };
      const base = { weeks: 20, population: { developers: 1200 } };
      const alone = simulate(makeScenario({ ...base, arms: [arm] }), createPolicies, 3);
      const beside = simulate(makeScenario({ ...base, arms: [arm, quota] }), createPolicies, 3);
      expect(beside.arms[0].weeks).toEqual(alone.arms[0].weeks);
      expect(beside.arms[0].headline).toEqual(alone.arms[0].headline);
    });
  }
});
