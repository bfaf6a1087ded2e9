// The policy hooks of model/policy-hooks.ts as the step calls them: a policy can take working time, and the
// output pass applies exactly that share, leaving adoption, tokens and learning as they were.
import { describe, expect, it } from "vitest";
import { createArmState, type ArmState } from "../src/model/arm-state.js";
import type { PolicyInstance } from "../src/model/policy-hooks.js";
import { createPopulation } from "../src/model/population.js";
import { createWeekDraws, modelParams } from "../src/model/simulate.js";
import { stepWeek, teamPhase, type WeekTotals } from "../src/model/step.js";
import { fillNormalsAndUniforms } from "../src/random/distributions.js";
import { child, streamFor } from "../src/random/stream.js";
import { makeScenario } from "./helpers/scenario.js";

/** Steps each arm 10 weeks on the same draws; every developer starts active. */
function run(policies: PolicyInstance[][]): { arms: ArmState[]; weeks: WeekTotals[][] } {
  // Without the delivery layer: its review duty would differ between the arms once their output does.
  const s = makeScenario({ population: { developers: 3000 }, delivery: { enabled: false } });
  const p = modelParams(s);
  const root = streamFor("policy-hooks-test");
  const pop = createPopulation(p.population, p.adoption.demandFitElasticity, child(root, "population"));
  const arms = policies.map((list, a) => {
    const arm = createArmState(pop, `arm-${a}`, list, p.delivery.enabled);
    arm.adoption.fill(1);
    arm.proficiency.fill(0.5);
    teamPhase(pop, arm, p);
    return arm;
  });
  const draws = createWeekDraws(pop.size);
  const streams = ["tokens", "output", "adoption", "policy"].map((k) => child(root, k));
  const weeks: WeekTotals[][] = arms.map(() => []);
  for (let week = 0; week < 10; week++) {
    fillNormalsAndUniforms(streams[0], draws.zTokens, streams[1], draws.zOutput, streams[2], draws.uAdoption, streams[3], draws.uPolicy);
    const ctx = { week, pricePerToken: 2e-6, uPolicy: draws.uPolicy };
    arms.forEach((arm, a) => weeks[a].push(stepWeek(pop, arm, p, draws, ctx, true)));
  }
  return { arms, weeks };
}

describe("a policy that takes working time (changeWork with changesWorkTime)", () => {
  const quarter: PolicyInstance = {
    changesWorkTime: true,
    changeWork(_pop, arm, _ctx, from, to) {
      for (let i = from; i < to; i++) arm.timeLost[i] = 0.25;
    },
  };
  const { arms, weeks } = run([[], [quarter]]);

  it("takes exactly that share of every developer's output with AI; output without AI (no policy there) stays", () => {
    for (let i = 0; i < arms[0].windowOutput.length; i++) {
      expect(arms[1].windowOutput[i]).toBeCloseTo(0.75 * arms[0].windowOutput[i], 9);
    }
    weeks[1].forEach((w, k) => {
      expect(w.output / weeks[0][k].output).toBeCloseTo(0.75, 12);
      expect(w.outputWithoutAi).toBe(weeks[0][k].outputWithoutAi);
    });
  });

  it("leaves adoption, tokens and proficiency as they were", () => {
    expect(weeks[1].map((w) => [w.adopted, w.tokensUseful, w.activeMeasured])).toEqual(weeks[0].map((w) => [w.adopted, w.tokensUseful, w.activeMeasured]));
    expect(arms[1].proficiency).toEqual(arms[0].proficiency);
  });

  it("is read only by arms with such a policy", () => {
    expect(arms[0].changesWorkTime).toBe(false);
    expect(arms[0].timeLost.length).toBe(0);
    expect(arms[1].timeLost.length).toBe(arms[1].adoption.length);
  });
});
