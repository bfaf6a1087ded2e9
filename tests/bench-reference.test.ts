// The bench's yardstick loop: seeded and repeatable, and on worker-thread lanes every run done exactly once.
// (Its speed is the bench's business; no test here asserts a time.)
import { describe, expect, it } from "vitest";
import { referenceArrays, referenceRun } from "../src/bench/reference-loop.js";
// The compiled module: its worker threads run the compiled file (npm test builds first).
import { referenceOnLanes } from "../dist/bench/reference-lanes.js";

describe("the bench's reference loop", () => {
  it("gives the same checksum for the same seed, on reused arrays, and another for another seed", () => {
    const arrays = referenceArrays(2000);
    const first = referenceRun(arrays, 8, 7);
    expect(Number.isFinite(first) && first > 0).toBe(true);
    expect(referenceRun(arrays, 8, 3)).not.toBe(first);
    expect(referenceRun(arrays, 8, 7)).toBe(first);
    expect(referenceRun(referenceArrays(2000), 8, 7)).toBe(first);
  });

  it("runs every run once on one lane or two, each with its own seed", async () => {
    const one = await referenceOnLanes(1000, 4, 6, 1);
    const two = await referenceOnLanes(1000, 4, 6, 2);
    const expected = [0, 1, 2, 3, 4, 5].map((k) => referenceRun(referenceArrays(1000), 4, k));
    expect(one.checksums).toEqual(expected);
    expect(two.checksums).toEqual(expected);
    expect(two.ms).toBeGreaterThan(0);
  });
});
