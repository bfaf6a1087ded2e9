// 95% intervals: t quantiles against the table, and coverage in a setting with a known answer.
import { describe, expect, it } from "vitest";
import { fillStandardNormal } from "../src/random/distributions.js";
import { streamFor } from "../src/random/stream.js";
import { meanInterval, tQuantile975 } from "../src/stats/interval.js";

describe("tQuantile975", () => {
  it("matches the t table", () => {
    const table: [number, number][] = [[1, 12.706], [2, 4.303], [3, 3.182], [4, 2.776], [5, 2.571], [9, 2.262], [10, 2.228], [29, 2.045], [100, 1.984], [1e6, 1.96]];
    expect(tQuantile975(1)).toBeCloseTo(12.7062, 4);
    expect(tQuantile975(30)).toBeCloseTo(2.0423, 4);
    expect(Math.abs(tQuantile975(1000) - tQuantile975(1001))).toBeLessThan(1e-5); // the two methods meet
    for (const [df, t] of table) expect(Math.abs(tQuantile975(df) - t), `df ${df}`).toBeLessThan(2e-3);
  });
  it("throws RangeError for df < 1", () => expect(() => tQuantile975(0)).toThrow(RangeError));
});

describe("meanInterval", () => {
  it("holds the true mean in about 95% of samples (2,000 samples of 8 normals, mean 3)", () => {
    const s = streamFor("coverage");
    const z = new Float64Array(8);
    let covered = 0;
    for (let k = 0; k < 2000; k++) {
      fillStandardNormal(s, z);
      const i = meanInterval(Array.from(z, (x) => 3 + 2 * x));
      if (i.low <= 3 && 3 <= i.high) covered++;
    }
    // Binomial sd at 95% over 2,000 trials is 0.5 percentage points.
    expect(covered / 2000).toBeGreaterThan(0.935);
    expect(covered / 2000).toBeLessThan(0.965);
  });
  it("gives a zero-width interval for one value and zeros for none", () => {
    expect(meanInterval([4])).toEqual({ n: 1, mean: 4, low: 4, high: 4 });
    expect(meanInterval([])).toEqual({ n: 0, mean: 0, low: 0, high: 0 });
  });
});
