import { describe, expect, it } from "vitest";
import { categorical, fillStandardNormal, fillUniform, lognormalMuForMean } from "../src/random/distributions.js";
import { child, streamFor } from "../src/random/stream.js";
import { median, medianInPlace, medianSorted, selectInPlace } from "../src/stats/order-statistics.js";

function moments(xs: Float64Array) {
  let mean = 0;
  for (const x of xs) mean += x / xs.length;
  let variance = 0;
  for (const x of xs) variance += (x - mean) ** 2 / (xs.length - 1);
  return { mean, variance };
}

describe("seeded streams", () => {
  it("give the same draws for the same key and different draws for another", () => {
    const a = streamFor("k"), b = streamFor("k"), c = streamFor("k2");
    const xa = [a.next(), a.next()], xb = [b.next(), b.next()], xc = [c.next(), c.next()];
    expect(xa).toEqual(xb);
    expect(xa).not.toEqual(xc);
  });
  it("derive children by name, whatever was drawn from the parent", () => {
    const p1 = streamFor("root");
    p1.next();
    expect(child(p1, "x").next()).toBe(child(streamFor("root"), "x").next());
  });
});

describe("fillStandardNormal", () => {
  it("has mean 0 and variance 1 (n = 200,000; SE of the mean 0.0022)", () => {
    const xs = new Float64Array(200_000);
    fillStandardNormal(streamFor("normal"), xs);
    const { mean, variance } = moments(xs);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.015);
  });
  it("fills odd lengths completely", () => {
    const xs = new Float64Array(7).fill(NaN);
    fillStandardNormal(streamFor("odd"), xs);
    expect(xs.every(Number.isFinite)).toBe(true);
  });
});

describe("fillUniform", () => {
  it("has mean 1/2 and variance 1/12", () => {
    const xs = new Float64Array(200_000);
    fillUniform(streamFor("uniform"), xs);
    const { mean, variance } = moments(xs);
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.003);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.001);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("lognormalMuForMean", () => {
  it("gives a lognormal whose sample mean matches the requested mean", () => {
    const sigma = 0.8;
    const mu = lognormalMuForMean(3, sigma);
    const z = new Float64Array(400_000);
    fillStandardNormal(streamFor("lognormal"), z);
    let mean = 0;
    for (const x of z) mean += Math.exp(mu + sigma * x) / z.length;
    expect(Math.abs(mean / 3 - 1)).toBeLessThan(0.01);
  });
  it("throws RangeError on a non-positive mean", () => {
    expect(() => lognormalMuForMean(0, 1)).toThrow(RangeError);
  });
});

describe("categorical", () => {
  it("draws in proportion to the weights", () => {
    const s = streamFor("cat");
    const counts = [0, 0, 0];
    for (let i = 0; i < 60_000; i++) counts[categorical(s, [1, 2, 3])]++;
    expect(counts[0] / 60_000).toBeCloseTo(1 / 6, 1);
    expect(counts[2] / 60_000).toBeCloseTo(1 / 2, 1);
  });
  it("throws RangeError when all weights are 0", () => {
    expect(() => categorical(streamFor("c"), [0, 0])).toThrow(RangeError);
  });
});

describe("selectInPlace and the medians", () => {
  it("agree with sorting on random, sorted and constant inputs", () => {
    const s = streamFor("select");
    const inputs = [
      Float64Array.from({ length: 1001 }, () => s.next()),
      Float64Array.from({ length: 1000 }, (_, i) => i),
      new Float64Array(500).fill(3),
    ];
    for (const xs of inputs) {
      const sorted = [...xs].sort((a, b) => a - b);
      for (const k of [0, 1, xs.length >> 1, xs.length - 1]) expect(selectInPlace(Float64Array.from(xs), xs.length, k)).toBe(sorted[k]);
      const m = xs.length;
      const middle = m % 2 ? sorted[(m - 1) / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
      expect(medianInPlace(Float64Array.from(xs), m)).toBe(middle);
      expect(medianSorted(sorted)).toBe(middle);
      expect(median([...xs].reverse())).toBe(middle);
    }
  });
  it("take the median of an even count as the mean of the two middle values, and of no values as 0", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBe(0);
    expect(medianSorted(new Float64Array(0))).toBe(0);
    expect(medianInPlace(new Float64Array(0), 0)).toBe(0);
  });
  it("throws RangeError for k out of range", () => {
    expect(() => selectInPlace(new Float64Array(3), 3, 3)).toThrow(RangeError);
  });
});
