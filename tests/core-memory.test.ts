// How the core lays out its work must not change its numbers: developers stepped block by block (every step of a
// block before the next block) give exactly what pass after pass gives, replicates run on recycled arrays give
// exactly what fresh arrays give, and uniforms kept as 32-bit words are exactly the generator's draws.
import { describe, expect, it } from "vitest";
import { ArrayArena } from "../src/model/arrays.js";
import { simulate, type RunResult } from "../src/model/simulate.js";
import { developerRows, summaryRows } from "../src/output/rows.js";
import { fillNormalsAndUniforms, fillStandardNormal, fillUniform, UNIT_PER_WORD } from "../src/random/distributions.js";
import { streamFor } from "../src/random/stream.js";
import { makeScenario } from "./helpers/scenario.js";
import { createPolicies } from "../src/policies/registry.js";

/** Every number a run reports: weekly totals, headlines and the per-developer arrays of every arm. */
function everything(run: RunResult): unknown {
  return run.arms.map((a) => ({
    name: a.name,
    weeks: a.weeks,
    headline: a.headline,
    arrays: {
      ...typedArrays(a.state, ""),
      ...typedArrays(a.state.delivery.ai, "delivery.ai."),
      ...typedArrays(a.state.delivery.twin, "delivery.twin."),
    },
  }));
}

/** Every typed array of an object, as plain arrays, by name. */
function typedArrays(o: object, prefix: string): Record<string, number[]> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => ArrayBuffer.isView(v)).map(([k, v]) => [prefix + k, Array.from(v as Float64Array)]));
}

const policyMix = [
  { type: "adoption-quota" },
  { type: "leaderboard", detection: { enabled: true } },
  { type: "salary-budget", salaryFraction: 0.05 },
  { type: "outcome-review" },
  { type: "enablement", trainingWeeks: 6 },
];
// A cost cap that changes nothing (no price sensitivity, a budget no team reaches) but needs the whole week's
// tokens at once, so its arm runs the step pass after pass instead of block by block.
const neutralCap = { type: "cost-cap", budgetUsdPerDeveloperWeek: 1e12, priceSensitivity: 0 };

describe("the weekly step's layout", () => {
  it("gives the same numbers block by block as pass after pass", () => {
    // 5,000 developers: three blocks of the step (the first one short), so block edges fall inside teams.
    const s = makeScenario({
      weeks: 20,
      population: { developers: 5000 },
      arms: [
        { name: "blocks", policies: policyMix },
        { name: "passes", policies: [...policyMix, neutralCap] },
      ],
    });
    const run = simulate(s, createPolicies, 3);
    const [blocks, passes] = everything(run) as { name: string }[];
    expect(run.arms[1].state.tokensByBlock).toBe(false);
    expect(run.arms[0].state.tokensByBlock).toBe(true);
    expect({ ...passes, name: "" }).toEqual({ ...blocks, name: "" });
    // The mix really acted: waste from the quota and the board, and training cost.
    expect(run.arms[0].weeks.some((w) => w.tokensWasted > 0)).toBe(true);
    expect(run.arms[0].weeks[0].programCostUsd).toBe(25 * 5000);
  });

  it("gives the same numbers on recycled arrays as on fresh ones", () => {
    const small = makeScenario({ weeks: 8, population: { developers: 700 }, arms: [{ name: "a", policies: policyMix }] });
    const big = makeScenario({ weeks: 12, population: { developers: 3000 }, arms: [{ name: "none" }, { name: "mix", policies: policyMix }] });
    const arena = new ArrayArena();
    const recycled: unknown[] = [];
    // Sizes change from run to run, as in a sweep over the population: reused arrays must come back zeroed.
    for (const [scenario, r] of [[big, 0], [small, 0], [big, 1], [big, 0]] as const) {
      arena.recycle();
      recycled.push(everything(simulate(scenario, createPolicies, r, { arrays: arena })));
    }
    expect(recycled[0]).toEqual(everything(simulate(big, createPolicies, 0)));
    expect(recycled[1]).toEqual(everything(simulate(small, createPolicies, 0)));
    expect(recycled[2]).toEqual(everything(simulate(big, createPolicies, 1)));
    expect(recycled[3]).toEqual(recycled[0]);
  });

  it("leaves the waste array of an arm without a waste policy at zero, also on arrays a wasteful arm used", () => {
    const wastefulFirst = makeScenario({ weeks: 6, population: { developers: 2000 }, arms: [{ name: "mix", policies: policyMix }, { name: "none" }] });
    const noneFirst = makeScenario({ weeks: 6, population: { developers: 2000 }, arms: [{ name: "none" }, { name: "mix", policies: policyMix }] });
    const arena = new ArrayArena();
    const first = simulate(wastefulFirst, createPolicies, 0, { arrays: arena });
    expect(first.arms[0].state.wasted.some((w) => w > 0)).toBe(true);
    arena.recycle();
    const second = simulate(noneFirst, createPolicies, 0, { arrays: arena, teamWeeks: true });
    const none = second.arms[0].state;
    expect(none.addsWaste).toBe(false);
    expect(none.wasted.every((w) => w === 0)).toBe(true);
    expect(everything(second)).toEqual(everything(simulate(noneFirst, createPolicies, 0)));
    expect(second.teamWeeks).toEqual(simulate(noneFirst, createPolicies, 0, { teamWeeks: true }).teamWeeks);
  });

  it("gives the same numbers without the per-developer run totals, which batches skip", () => {
    const s = makeScenario({
      weeks: 16,
      population: { developers: 3000 },
      arms: [{ name: "none" }, { name: "mix", policies: policyMix }, { name: "capped", policies: [...policyMix, neutralCap] }],
    });
    const totalsKept = simulate(s, createPolicies, 2);
    const totalsSkipped = simulate(s, createPolicies, 2, { developerTotals: false });
    const totals = ["totalTokens", "totalWasted", "totalCost", "totalOutput", "totalOutput0", "windowPerceivedHours"];
    const withoutTotals = (run: RunResult) =>
      (everything(run) as { arrays: Record<string, unknown> }[]).map((a) => ({
        ...a,
        arrays: Object.fromEntries(Object.entries(a.arrays).filter(([k]) => !totals.includes(k))),
      }));
    expect(withoutTotals(totalsSkipped)).toEqual(withoutTotals(totalsKept));
    expect(summaryRows(totalsSkipped)).toEqual(summaryRows(totalsKept));
    for (const arm of totalsSkipped.arms) {
      expect(arm.state.developerTotals).toBe(false);
      for (const k of totals) expect((arm.state as unknown as Record<string, Float64Array>)[k].length).toBe(0);
    }
    // The kept totals are real: the enablement arm's cost includes training, and output was produced.
    expect(totalsKept.arms[1].state.totalCost[0]).toBeGreaterThan(0);
    expect(totalsKept.arms[0].state.totalOutput.every((y) => y > 0)).toBe(true);
    // The developers table needs them and says so rather than printing NaN.
    expect(() => developerRows(totalsSkipped, totalsSkipped.arms[0], 1000)).toThrow(/without developer totals/);
  });
});

describe("32-bit uniform words", () => {
  it("hold exactly the generator's uniforms, in the same order as the one-pass fill", () => {
    const n = 20_000;
    const words = new Uint32Array(n);
    const policyWords = new Uint32Array(n);
    const za = new Float32Array(n);
    const zb = new Float32Array(n);
    fillNormalsAndUniforms(streamFor("t/a"), za, streamFor("t/b"), zb, streamFor("t/c"), words, streamFor("t/d"), policyWords);
    const uniforms = new Float64Array(n);
    fillUniform(streamFor("t/c"), uniforms);
    const normals = new Float32Array(n);
    fillStandardNormal(streamFor("t/a"), normals);
    for (let i = 0; i < n; i++) expect(words[i] * UNIT_PER_WORD).toBe(uniforms[i]);
    expect(za).toEqual(normals);
    // The words use the whole 32-bit range.
    expect(Math.max(...policyWords)).toBeGreaterThan(0.99 * 2 ** 32);
  });

  it("draws the other three arrays the same without the fourth, and leaves the fourth stream untouched", () => {
    const n = 3000;
    const fill = (d: Uint32Array) => {
      const arrays = { za: new Float32Array(n), zb: new Float32Array(n), words: new Uint32Array(n) };
      const sd = streamFor("t/d");
      fillNormalsAndUniforms(streamFor("t/a"), arrays.za, streamFor("t/b"), arrays.zb, streamFor("t/c"), arrays.words, sd, d);
      return { ...arrays, nextOfD: sd.next() };
    };
    const withD = fill(new Uint32Array(n));
    const withoutD = fill(new Uint32Array(0));
    expect(withoutD.za).toEqual(withD.za);
    expect(withoutD.zb).toEqual(withD.zb);
    expect(withoutD.words).toEqual(withD.words);
    expect(withoutD.nextOfD).toBe(streamFor("t/d").next());
  });
});
