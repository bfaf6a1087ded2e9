// Common random numbers: replicate i of every arm shares its population and draws, so a paired difference
// between arms varies far less than the same difference between independent runs.
import { describe, expect, it } from "vitest";
import { simulate } from "../src/model/simulate.js";
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
      const run = simulate(s, r);
      paired.push(totalOutput(run.arms[1].weeks) - totalOutput(run.arms[0].weeks));
      // The same comparison with the quota arm taken from another replicate: independent draws.
      const other = simulate(s, r + 100);
      independent.push(totalOutput(other.arms[1].weeks) - totalOutput(run.arms[0].weeks));
    }
    expect(variance(paired) * 10).toBeLessThan(variance(independent));
  });
});
