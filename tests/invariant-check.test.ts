// A broken model invariant stops the run as a bug, naming the stream (seed and replicate), the arm and the week.
import { describe, expect, it } from "vitest";
import { checkWeek, InvariantError } from "../src/model/invariants.js";
import type { WeekTotals } from "../src/model/step.js";

const ok: WeekTotals = {
  week: 3, adopted: 5, activeMeasured: 4, activeGenuine: 3, tokensUseful: 1e6, tokensWasted: 2e5,
  tokenCostUsd: 1.2e6 * 2e-6, seatCostUsd: 35, programCostUsd: 0, output: 9, outputWithoutAi: 8,
};
const where = { streamKey: "tokensim/42/1", arm: "quota" };

describe("checkWeek", () => {
  it("passes a consistent week", () => expect(() => checkWeek(ok, 10, 2e-6, where)).not.toThrow());
  const broken: [string, Partial<WeekTotals>, RegExp][] = [
    ["NaN", { output: NaN }, /output is NaN/],
    ["Infinity", { tokensWasted: Infinity }, /tokensWasted is Infinity/],
    ["negative tokens", { tokensUseful: -1, tokenCostUsd: (2e5 - 1) * 2e-6 }, /negative tokens/],
    ["a share above 1", { activeMeasured: 11 }, /share outside/],
    ["cost inconsistent with tokens x price", { tokenCostUsd: 99 }, /token cost differs/],
  ];
  for (const [label, patch, message] of broken) {
    it(`stops on ${label}, naming seed, replicate, arm and week`, () => {
      const run = () => checkWeek({ ...ok, ...patch }, 10, 2e-6, where);
      expect(run).toThrow(InvariantError);
      expect(run).toThrow(message);
      expect(run).toThrow(/at tokensim\/42\/1, arm "quota", week 3; please report this as a bug/);
    });
  }
});
