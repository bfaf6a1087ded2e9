// The delivery layer (model/delivery.ts): review, quality and rework per team, with the no-AI twin through
// the same pipeline. Conservation and Little's law on the submodel itself; the behaviour a user relies on
// through whole runs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyWorldWeek, initialBacklog, reviewWorld } from "../src/model/delivery.js";
import { createDeliveryState, NEUTRAL_LEVERS } from "../src/model/delivery-state.js";
import { createPopulation } from "../src/model/population.js";
import { simulate } from "../src/model/simulate.js";
import { summaryRows, timeseriesRows } from "../src/output/rows.js";
import { streamFor } from "../src/random/stream.js";
import { makeScenario } from "./helpers/scenario.js";
import { createPolicies } from "../src/policies/registry.js";

const teamValue = fc.double({ min: 0, max: 50, noNaN: true });

describe("one week of review in one world (reviewWorld)", () => {
  it("conserves change per team: backlog at the start + authored = merged + backlog at the end", () => {
    const arb = fc.record({
      teamSize: fc.integer({ min: 1, max: 12 }),
      authored: fc.array(teamValue, { minLength: 12, maxLength: 12 }),
      sizeFactor: fc.double({ min: 1, max: 10, noNaN: true }),
      defectsPerUnit: fc.double({ min: 0, max: 10, noNaN: true }),
      sameWeek: fc.double({ min: 0, max: 1, noNaN: true }),
      skim: fc.double({ min: 0, max: 2, noNaN: true }),
      reviewHours: fc.double({ min: 0, max: 20, noNaN: true }),
      weeks: fc.integer({ min: 1, max: 8 }),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const s = makeScenario({
          population: { developers: 12 * a.teamSize, teamSize: a.teamSize },
          delivery: { sameWeekReviewShare: a.sameWeek, skimElasticity: a.skim, reviewHoursPerSizeUnit: a.reviewHours },
        });
        const pop = createPopulation(s.population, 0.5, streamFor("conservation"));
        const state = createDeliveryState(pop, true);
        const w = state.ai;
        initialBacklog(pop, w, s.delivery);
        for (let week = 0; week < a.weeks; week++) {
          const before = Array.from(w.backlogValue);
          for (let t = 0; t < pop.teams; t++) {
            w.authored[t] = a.authored[t];
            w.size[t] = a.authored[t] * a.sizeFactor;
            w.defects[t] = a.authored[t] * a.defectsPerUnit;
            w.aiDefects[t] = w.defects[t] * 0.5;
          }
          const merged = Array.from(w.totalMerged);
          reviewWorld(pop, w, s.delivery, NEUTRAL_LEVERS, 40, true, false, emptyWorldWeek());
          for (let t = 0; t < pop.teams; t++) {
            const mergedNow = w.totalMerged[t] - merged[t];
            expect(before[t] + a.authored[t]).toBeCloseTo(mergedNow + w.backlogValue[t], 9);
            expect(w.backlogValue[t]).toBeGreaterThanOrEqual(0);
            expect(w.backlogNew[t]).toBeLessThanOrEqual(w.backlogValue[t] * (1 + 1e-12) + 1e-12);
            expect(w.reviewLoad[t]).toBeLessThanOrEqual(s.delivery.maxReviewStretch + 1e-12);
            expect(w.backlogAiDefects[t]).toBeLessThanOrEqual(w.backlogDefects[t] * (1 + 1e-12) + 1e-12);
          }
        }
      }),
      { numRuns: 200, seed: 19 },
    );
  });

  it("obeys Little's law in a steady state: mean backlog = throughput x mean wait", () => {
    const s = makeScenario({ population: { developers: 800 } });
    const pop = createPopulation(s.population, 0.5, streamFor("little"));
    const w = createDeliveryState(pop, true).ai;
    let backlog = 0, merged = 0, waitMass = 0;
    for (let week = 0; week < 400; week++) {
      // Every team authors more than its reviewers can clear unstretched: a queue forms and settles.
      for (let t = 0; t < pop.teams; t++) {
        w.authored[t] = 9;
        w.size[t] = 18;
        w.defects[t] = 24;
      }
      const out = emptyWorldWeek();
      reviewWorld(pop, w, s.delivery, NEUTRAL_LEVERS, 40, true, false, out);
      if (week >= 100) {
        backlog += out.backlog;
        merged += out.merged;
        waitMass += out.waitMass;
      }
    }
    const meanWait = waitMass / merged; // weeks
    const throughput = merged / 300; // output units/week
    expect(meanWait).toBeGreaterThan(0.5);
    expect(backlog / 300).toBeCloseTo(throughput * meanWait, 0);
    expect(Math.abs(backlog / 300 / (throughput * meanWait) - 1)).toBeLessThan(0.02);
  });
});

describe("delivered change through whole runs", () => {
  it("with ample review and no AI, merged and delivered change equal authored change", () => {
    const s = makeScenario({
      weeks: 12,
      population: { developers: 400, levels: { junior: { reviewShare: 0.5 }, mid: { reviewShare: 0.5 }, senior: { reviewShare: 0.5 }, staff: { reviewShare: 0.5 } } },
      adoption: { initialActiveShare: 0, innovationPerYear: 0, imitationPerYear: 0 },
      delivery: { sameWeekReviewShare: 1, defectsPerOutputUnit: 0 },
    });
    for (const w of simulate(s, createPolicies).arms[0].weeks) {
      expect(w.activeMeasured).toBe(0);
      expect(w.merged).toBeCloseTo(w.output, 9);
      expect(w.delivered).toBeCloseTo(w.output, 9);
      expect(w.mergedWithoutAi).toBeCloseTo(w.outputWithoutAi, 9);
      expect(w.reviewBacklog).toBeCloseTo(0, 9);
    }
  });

  it("less review capacity gives less merged change and longer waits, where reviewers never skim", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.2, max: 0.9, noNaN: true }), fc.nat(1000), (cut, seed) => {
        const run = (scale: number) => {
          const shares = { junior: 0, mid: 0.05 * scale, senior: 0.2 * scale, staff: 0.25 * scale };
          const levels = Object.fromEntries(Object.entries(shares).map(([l, r]) => [l, { reviewShare: r }]));
          const s = makeScenario({ seed, weeks: 20, population: { developers: 600, levels }, delivery: { skimElasticity: 0 } });
          return summaryRows(simulate(s, createPolicies))[0];
        };
        const [full, less] = [run(1), run(cut)];
        expect(less.merged_output as number).toBeLessThan(full.merged_output as number);
        expect(less.review_latency_weeks as number).toBeGreaterThan(full.review_latency_weeks as number);
      }),
      { numRuns: 12, seed: 3 },
    );
  });

  it("less review capacity lets more failures through, and with skimming the queue stays bounded", () => {
    const run = (scale: number) => {
      const shares = { junior: 0, mid: 0.05 * scale, senior: 0.2 * scale, staff: 0.25 * scale };
      const levels = Object.fromEntries(Object.entries(shares).map(([l, r]) => [l, { reviewShare: r }]));
      return summaryRows(simulate(makeScenario({ seed: 5, weeks: 40, population: { developers: 1000, levels } }), createPolicies))[0];
    };
    const [full, third] = [run(1), run(1 / 3)];
    expect(third.change_failure_rate as number).toBeGreaterThan(full.change_failure_rate as number);
    expect(third.review_latency_weeks as number).toBeGreaterThan(full.review_latency_weeks as number);
    // A third of the capacity: the backlog is a few weeks of change, not a year's.
    expect(third.review_backlog_final as number).toBeLessThan(4 * (third.authored_output as number) / 40);
  });

  it("feels different from what it measures, and genuine use can make a developer slower", () => {
    const slow = makeScenario({
      weeks: 26,
      population: { developers: 2000, workDifficultySigma: 0 },
      proficiency: { learningTokens: 1e15 },
      response: { checkingCost: 3 },
      adoption: { initialActiveShare: 0.8 },
    });
    const s = summaryRows(simulate(slow, createPolicies))[0];
    // Checking AI output costs 3 hours per hour saved at zero proficiency: below 2/3 proficiency AI slows you.
    expect(s.measured_gain as number).toBeLessThan(0);
    expect(s.perceived_gain as number).toBeGreaterThan(0.05);
    const base = summaryRows(simulate(makeScenario({ weeks: 26, population: { developers: 2000 } }), createPolicies))[0];
    expect(base.measured_gain as number).toBeGreaterThan(0);
    expect(Math.abs((base.measured_gain as number) - (base.perceived_gain as number))).toBeGreaterThan(0.02);
  });

  it("puts the no-AI twin through the same pipeline: without AI users, both worlds deliver the same", () => {
    const s = makeScenario({ weeks: 10, population: { developers: 500 }, adoption: { initialActiveShare: 0, innovationPerYear: 0, imitationPerYear: 0 } });
    for (const row of timeseriesRows(simulate(s, createPolicies))) {
      expect(row.merged_output as number).toBeCloseTo(row.merged_output_without_ai as number, 9);
      expect(row.change_failure_rate as number).toBeCloseTo(row.change_failure_rate_without_ai as number, 12);
      expect(row.incidents as number).toBeCloseTo(row.incidents_without_ai as number, 9);
    }
  });
});
