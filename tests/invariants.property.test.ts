// Property tests: whatever valid parameters a scenario takes, every arm-week keeps the model's invariants.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blendedPricePerToken } from "../src/model/params.js";
import { simulate } from "../src/model/simulate.js";
import { makeScenario } from "./helpers/scenario.js";
import { createPolicies } from "../src/policies/registry.js";

const policies = fc.constantFrom(
  [{ type: "none" }],
  [{ type: "adoption-quota" }],
  [{ type: "leaderboard", detection: { enabled: true } }],
  [{ type: "salary-budget" }],
  [{ type: "adoption-quota", target: 1 }, { type: "leaderboard", topK: 5 }],
);

const scenarioArb = fc.record({
  seed: fc.nat(1_000_000),
  weeks: fc.integer({ min: 1, max: 20 }),
  population: fc.record({
    developers: fc.integer({ min: 1, max: 300 }),
    teamSize: fc.integer({ min: 1, max: 20 }),
    demandSigma: fc.double({ min: 0, max: 3, noNaN: true }),
    demandOutputCorrelation: fc.double({ min: -1, max: 1, noNaN: true }),
    lowDemandShare: fc.double({ min: 0, max: 1, noNaN: true }),
    maxTokensPerWeek: fc.double({ min: 1, max: 1e10, noNaN: true }),
  }),
  adoption: fc.record({ initialActiveShare: fc.double({ min: 0, max: 1, noNaN: true }), lapseRatePerWeek: fc.double({ min: 0, max: 1, noNaN: true }) }),
  response: fc.record({ elasticity: fc.double({ min: 0.01, max: 3, noNaN: true }), wasteHoursPerMTokens: fc.double({ min: 0, max: 10, noNaN: true }) }),
  economics: fc.record({ priceDeclinePerYear: fc.double({ min: 0, max: 0.99, noNaN: true }), seatUsdPerMonth: fc.double({ min: 0, max: 500, noNaN: true }) }),
  delivery: fc.record({
    enabled: fc.boolean(),
    reviewHoursPerSizeUnit: fc.double({ min: 0, max: 20, noNaN: true }),
    defectsPerOutputUnit: fc.double({ min: 0, max: 20, noNaN: true }),
    aiSizeFactor: fc.double({ min: 1, max: 30, noNaN: true }),
    aiDefectFactor: fc.double({ min: 1, max: 30, noNaN: true }),
    sameWeekReviewShare: fc.double({ min: 0, max: 1, noNaN: true }),
    maxReviewStretch: fc.double({ min: 1, max: 5, noNaN: true }),
    skimElasticity: fc.double({ min: 0, max: 3, noNaN: true }),
    catchAtNoLoad: fc.double({ min: 0, max: 1, noNaN: true }),
    rushSensitivity: fc.double({ min: 0, max: 10, noNaN: true }),
    reworkPayoffPerWeek: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  policies,
});

describe("model invariants over random valid scenarios", () => {
  it("tokens >= 0, wasted <= total, cost = tokens x price + seats, shares in [0, 1], all finite", () => {
    fc.assert(
      fc.property(scenarioArb, ({ policies: p, ...fields }) => {
        const s = makeScenario({ ...fields, arms: [{ name: "a", policies: p }, { name: "b" }] });
        const run = simulate(s, createPolicies);
        const n = s.population.developers;
        const seatPerWeek = (s.economics.seatUsdPerMonth * 12) / 52;
        for (const arm of run.arms) {
          for (const w of arm.weeks) {
            const total = w.tokensUseful + w.tokensWasted;
            expect(w.tokensUseful).toBeGreaterThanOrEqual(0);
            expect(w.tokensWasted).toBeLessThanOrEqual(total);
            const price = blendedPricePerToken(s.economics) * Math.pow(1 - s.economics.priceDeclinePerYear, (w.week - 1) / 52);
            expect(w.tokenCostUsd).toBeCloseTo(total * price, 6);
            expect(w.seatCostUsd).toBeCloseTo(w.adopted * seatPerWeek, 6);
            for (const c of [w.adopted, w.activeMeasured, w.activeGenuine]) expect(c >= 0 && c <= n).toBe(true);
            expect(total).toBeLessThanOrEqual(n * s.population.maxTokensPerWeek * (1 + 1e-12));
            for (const v of Object.values(w)) expect(Number.isFinite(v)).toBe(true);
            for (const v of [w.merged, w.mergedWithoutAi, w.delivered, w.reviewBacklog, w.incidents, w.reworkHours, w.reviewHours]) expect(v).toBeGreaterThanOrEqual(0);
            expect(w.delivered).toBeLessThanOrEqual(w.merged * (1 + 1e-12));
            expect(w.reviewHours).toBeLessThanOrEqual(w.reviewCapacityHours * s.delivery.maxReviewStretch * (1 + 1e-12));
          }
          // Conservation: last week's backlog + this week's authored change = merged + this week's backlog.
          for (let k = 1; k < arm.weeks.length; k++) {
            const [a, b] = [arm.weeks[k - 1], arm.weeks[k]];
            if (s.delivery.enabled) expect(a.reviewBacklog + b.output).toBeCloseTo(b.merged + b.reviewBacklog, 6);
          }
          for (const v of Object.values(arm.headline).flat()) expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
