// The sensitivity estimators on the Ishigami function (Ishigami & Homma 1990), whose indices are known
// analytically: no simulation, just the pure design and estimator functions.
import { describe, expect, it } from "vitest";
import { morrisDesign, oatDesign, sobolDesign } from "../src/stats/designs.js";
import { morrisIndices, oatEffects, sobolIndices } from "../src/stats/sensitivity-estimators.js";
import { streamFor } from "../src/random/stream.js";

const A = 7, B = 0.1;
const X = (u: number) => -Math.PI + 2 * Math.PI * u;
const ishigami = (u: readonly number[]) => Math.sin(X(u[0])) + A * Math.sin(X(u[1])) ** 2 + B * X(u[2]) ** 4 * Math.sin(X(u[0]));

// Analytic indices for a = 7, b = 0.1.
const V1 = 0.5 * (1 + (B * Math.PI ** 4) / 5) ** 2;
const V2 = A ** 2 / 8;
const V13 = (B ** 2 * Math.PI ** 8 * 8) / 225;
const V = V1 + V2 + V13;
const S1 = [V1 / V, V2 / V, 0];
const ST = [(V1 + V13) / V, V2 / V, V13 / V];

describe("Sobol indices (Saltelli 2010 first order, Jansen total order)", () => {
  const k = 3, n = 4096;
  const design = sobolDesign(k, n, streamFor("test/ishigami/sobol"));
  const f = design.points.map(ishigami);
  const fA = f.slice(0, n), fB = f.slice(n, 2 * n);
  const fAB = [0, 1, 2].map((i) => f.slice((2 + i) * n, (3 + i) * n));
  const result = sobolIndices(fA, fB, fAB, 300, streamFor("test/ishigami/bootstrap"));

  it("knows the analytic values", () => {
    expect(S1[0]).toBeCloseTo(0.314, 3);
    expect(S1[1]).toBeCloseTo(0.442, 3);
    expect(ST[0]).toBeCloseTo(0.558, 3);
    expect(ST[2]).toBeCloseTo(0.244, 3);
  });

  it("recovers first- and total-order indices within 0.05, with intervals around them", () => {
    result.indices.forEach((ix, i) => {
      expect(Math.abs(ix.S1 - S1[i]), `S1[${i}] = ${ix.S1}`).toBeLessThan(0.05);
      expect(Math.abs(ix.ST - ST[i]), `ST[${i}] = ${ix.ST}`).toBeLessThan(0.05);
      expect(ix.S1Ci.low).toBeLessThanOrEqual(ix.S1Ci.high);
      expect(ix.S1Ci.low - 0.02).toBeLessThan(S1[i]);
      expect(ix.S1Ci.high + 0.02).toBeGreaterThan(S1[i]);
      expect(ix.STCi.low - 0.02).toBeLessThan(ST[i]);
      expect(ix.STCi.high + 0.02).toBeGreaterThan(ST[i]);
    });
    expect(result.variance).toBeGreaterThan(V * 0.9);
    expect(result.variance).toBeLessThan(V * 1.1);
  });

  it("is deterministic for a seed", () => {
    const again = sobolIndices(fA, fB, fAB, 300, streamFor("test/ishigami/bootstrap"));
    expect(again).toEqual(result);
  });

  it("gives zero indices for a constant output", () => {
    const c = new Array(64).fill(5);
    const r = sobolIndices(c, c, [c, c], 50, streamFor("x"));
    for (const ix of r.indices) expect([ix.S1, ix.ST, ix.S1Ci.low, ix.STCi.high]).toEqual([0, 0, 0, 0]);
  });
});

describe("Morris elementary effects", () => {
  const k = 3, r = 600, levels = 4;
  const design = morrisDesign(k, r, levels, streamFor("test/ishigami/morris"));
  const f = design.points.map(ishigami);
  const m = morrisIndices(f, design.morris!.steps, k, r, 200, streamFor("test/ishigami/morris-boot"));

  it("moves one parameter by ±Δ per step, on the grid", () => {
    expect(design.points).toHaveLength(r * (k + 1));
    for (const s of design.morris!.steps) {
      const a = design.points[s.from], b = design.points[s.to];
      expect(a.filter((x, i) => x !== b[i])).toHaveLength(1);
      expect(b[s.param] - a[s.param]).toBeCloseTo(s.delta, 12);
      for (const x of b) expect(Math.abs(x * 3 - Math.round(x * 3))).toBeLessThan(1e-9);
    }
  });

  it("recovers the exact mu* of the grid design within 10% and flags x3 as acting only through interaction", () => {
    // Exact expectations over the 4-level grid: pairs (u, u + 2/3) and the other variable uniform on the levels.
    const lv = [0, 1 / 3, 2 / 3, 1], pairs = [[0, 2 / 3], [1 / 3, 1]], d = 2 / 3;
    const avg = (xs: number[]) => xs.reduce((a, v) => a + v, 0) / xs.length;
    const exact = [
      avg(pairs.flatMap(([u, w]) => lv.map((l) => Math.abs((Math.sin(X(w)) - Math.sin(X(u))) * (1 + B * X(l) ** 4)) / d))),
      avg(pairs.map(([u, w]) => Math.abs(A * (Math.sin(X(w)) ** 2 - Math.sin(X(u)) ** 2)) / d)),
      avg(pairs.flatMap(([u, w]) => lv.map((l) => Math.abs(B * (X(w) ** 4 - X(u) ** 4) * Math.sin(X(l))) / d))),
    ];
    m.forEach((ix, i) => {
      expect(ix.muStar / exact[i], `mu*[${i}] ${ix.muStar} vs ${exact[i]}`).toBeGreaterThan(0.9);
      expect(ix.muStar / exact[i]).toBeLessThan(1.1);
      expect(ix.muStarCi.low).toBeLessThanOrEqual(ix.muStar);
      expect(ix.muStarCi.high).toBeGreaterThanOrEqual(ix.muStar);
      expect(ix.effects).toBe(r);
    });
    // x3's effects cancel in sign (mu ≈ 0) but not in size (mu* and sigma large): an interaction.
    expect(Math.abs(m[2].mu)).toBeLessThan(0.25 * m[2].muStar);
    expect(m[2].sigma).toBeGreaterThan(m[2].muStar);
  });

  it("gives exact effects for a linear function: mu = mu* = coefficient x range, sigma = 0", () => {
    const lin = (u: readonly number[]) => 2 * u[0] - 3 * u[1] + 0 * u[2];
    const d2 = morrisDesign(3, 20, 6, streamFor("lin"));
    const res = morrisIndices(d2.points.map(lin), d2.morris!.steps, 3, 20, 10, streamFor("b"));
    expect(res.map((x) => x.mu)).toEqual([expect.closeTo(2, 9), expect.closeTo(-3, 9), expect.closeTo(0, 9)]);
    expect(res.map((x) => x.muStar)).toEqual([expect.closeTo(2, 9), expect.closeTo(3, 9), expect.closeTo(0, 9)]);
    for (const x of res) expect(x.sigma).toBeLessThan(1e-9);
  });
});

describe("OAT", () => {
  it("evaluates the centre, then each parameter's low and high", () => {
    const d = oatDesign(2);
    expect(d.points).toHaveLength(5);
    const f = (p: number[]) => 10 * (Number.isNaN(p[0]) ? 0.5 : p[0]) + (Number.isNaN(p[1]) ? 0.5 : p[1]);
    const e = oatEffects(d.points.map(f), 2);
    expect(e.map((x) => x.effect)).toEqual([10, 1]);
    expect(e[0].atLow).toBe(0.5);
  });
});
