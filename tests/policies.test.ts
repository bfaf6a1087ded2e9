// Each policy's behaviour, seeded: every arm shares the population and the draws, so differences are the policy's.
import { describe, expect, it } from "vitest";
import { simulate, type ArmResult } from "../src/model/simulate.js";
import { BEHAVIOURS, createPolicies } from "../src/policies/registry.js";
import { POLICY_SCHEMAS, policyType } from "../src/scenario/policy-schemas.js";
import { makeScenario } from "./helpers/scenario.js";

const sum = (arm: ArmResult, f: (w: ArmResult["weeks"][number]) => number) => arm.weeks.reduce((a, w) => a + f(w), 0);
const last = (arm: ArmResult) => arm.weeks[arm.weeks.length - 1];

const run = simulate(
  makeScenario({
    seed: 11,
    population: { developers: 3000 },
    arms: [
      { name: "none", policies: [{ type: "none" }] },
      { name: "quota", policies: [{ type: "adoption-quota", target: 0.8 }] },
      { name: "quota-0", policies: [{ type: "adoption-quota", target: 0 }] },
      { name: "board", policies: [{ type: "leaderboard" }] },
      { name: "board-detect", policies: [{ type: "leaderboard", detection: { enabled: true, probability: 0.5 } }] },
      { name: "budget", policies: [{ type: "salary-budget", salaryFraction: 0.5 }] },
      { name: "board-reviewed", policies: [{ type: "leaderboard" }, { type: "outcome-review" }] },
      { name: "board-capped", policies: [{ type: "leaderboard" }, { type: "cost-cap", budgetUsdPerDeveloperWeek: 40 }] },
      { name: "enablement", policies: [{ type: "enablement", trainingWeeks: 12, costUsdPerDeveloperWeek: 25 }] },
    ],
  }),
  createPolicies,
);
const arm = (name: string) => run.arms.find((a) => a.name === name)!;

describe("the registries", () => {
  it("give every policy type a scenario schema and a behaviour, and no type one without the other", () => {
    expect(BEHAVIOURS.map((b) => b.type)).toEqual(POLICY_SCHEMAS.map(policyType));
  });
});

describe("none", () => {
  it("wastes nothing and measures exactly what is genuine", () => {
    const a = arm("none");
    expect(sum(a, (w) => w.tokensWasted)).toBe(0);
    for (const w of a.weeks) expect(w.activeMeasured).toBe(w.activeGenuine);
  });
});

describe("adoption-quota", () => {
  it("drives the measured weekly-active share towards the target", () => {
    const n = run.population.size;
    expect(last(arm("quota")).activeMeasured / n).toBeGreaterThan(0.7);
    expect(last(arm("none")).activeMeasured / n).toBeLessThan(0.55);
  });
  it("opens a Goodhart gap: the measured share exceeds the genuine one, filled by wasted tokens", () => {
    const q = last(arm("quota"));
    expect(q.activeMeasured - q.activeGenuine).toBeGreaterThan(0.02 * run.population.size);
    expect(sum(arm("quota"), (w) => w.tokensWasted)).toBeGreaterThan(0);
  });
  it("asks nothing with a target of 0", () => {
    expect(arm("quota-0").weeks).toEqual(arm("none").weeks);
  });
});

describe("leaderboard", () => {
  it("adds wasted tokens, concentrated in the top decile", () => {
    const b = arm("board");
    expect(sum(b, (w) => w.tokensWasted) / sum(b, (w) => w.tokensUseful + w.tokensWasted)).toBeGreaterThan(0.03);
    expect(b.headline.topDecileWasteShare).toBeGreaterThan(0.05);
  });
  it("raises the bar week after week: top-decile tokens grow while genuine use does not", () => {
    const b = arm("board");
    const early = b.weeks[4].tokensWasted, late = b.weeks[40].tokensWasted;
    expect(late).toBeGreaterThan(early * 1.5);
  });
  it("wastes less with waste detection", () => {
    expect(sum(arm("board-detect"), (w) => w.tokensWasted)).toBeLessThan(0.8 * sum(arm("board"), (w) => w.tokensWasted));
  });
});

describe("salary-budget", () => {
  it("multiplies cost, mostly as waste, for little more output than organic use", () => {
    const b = arm("budget"), o = arm("none");
    const costB = sum(b, (w) => w.tokenCostUsd), costO = sum(o, (w) => w.tokenCostUsd);
    expect(costB).toBeGreaterThan(3 * costO);
    expect(sum(b, (w) => w.tokensWasted) / sum(b, (w) => w.tokensUseful + w.tokensWasted)).toBeGreaterThan(0.5);
    const gainB = sum(b, (w) => w.output - w.outputWithoutAi), gainO = sum(o, (w) => w.output - w.outputWithoutAi);
    expect(gainB / costB).toBeLessThan(gainO / costO / 2); // output gain per dollar at least halves
  });
});

describe("common random numbers", () => {
  it("give every arm the same output without AI", () => {
    const ref = arm("none").weeks.map((w) => w.outputWithoutAi);
    for (const a of run.arms) expect(a.weeks.map((w) => w.outputWithoutAi)).toEqual(ref);
  });
});

describe("outcome-review", () => {
  it("cuts the waste of the policies before it by strength x wasteCut (0.7 x 0.8 by default)", () => {
    const board = sum(arm("board"), (w) => w.tokensWasted), reviewed = sum(arm("board-reviewed"), (w) => w.tokensWasted);
    expect(reviewed).toBeGreaterThan(0);
    expect(reviewed).toBeLessThan(0.6 * board);
  });
});

describe("cost-cap", () => {
  it("keeps every team's weekly token cost within its budget and cuts waste first", () => {
    const capped = arm("board-capped");
    const n = run.population.size;
    for (const w of capped.weeks) expect(w.tokenCostUsd).toBeLessThanOrEqual(40 * n * (1 + 1e-9));
    expect(sum(capped, (w) => w.tokensWasted)).toBeLessThan(0.4 * sum(arm("board"), (w) => w.tokensWasted));
  });
});

describe("enablement", () => {
  it("raises proficiency and output gain over organic use, and costs money only while training runs", () => {
    const e = arm("enablement"), o = arm("none");
    const meanProficiency = (a: typeof e) => a.state.proficiency.reduce((x, y) => x + y, 0) / a.state.proficiency.length;
    expect(meanProficiency(e)).toBeGreaterThan(meanProficiency(o));
    expect(sum(e, (w) => w.output - w.outputWithoutAi)).toBeGreaterThan(sum(o, (w) => w.output - w.outputWithoutAi));
    expect(e.weeks.slice(0, 12).every((w) => w.programCostUsd === 25 * run.population.size)).toBe(true);
    expect(e.weeks.slice(12).every((w) => w.programCostUsd === 0)).toBe(true);
    expect(sum(o, (w) => w.programCostUsd)).toBe(0);
  });
});
