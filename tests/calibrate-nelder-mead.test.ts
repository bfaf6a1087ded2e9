// The Nelder–Mead minimiser on functions with known minima.
import { describe, expect, it } from "vitest";
import { nelderMead } from "../src/calibrate/nelder-mead.js";

const rosenbrock = (x: readonly number[]) => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2;

describe("nelderMead", () => {
  it("finds the Rosenbrock minimum (1, 1) from (-1.2, 1)", () => {
    const r = nelderMead(rosenbrock, [-1.2, 1], { maxEvals: 5000, step: 0.5, fTolerance: 1e-14, xTolerance: 1e-8 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 4);
    expect(r.x[1]).toBeCloseTo(1, 4);
    expect(r.f).toBeLessThan(1e-8);
  });

  it("finds the minimum of a shifted, scaled quadratic in 5 dimensions", () => {
    const centre = [3, -2, 0.5, 10, -7];
    const scale = [1, 10, 0.1, 3, 1];
    const q = (x: readonly number[]) => x.reduce((a, xi, i) => a + scale[i] * (xi - centre[i]) ** 2, 0);
    const r = nelderMead(q, [0, 0, 0, 0, 0], { maxEvals: 20000, step: 1, fTolerance: 1e-16, xTolerance: 1e-9 });
    r.x.forEach((xi, i) => expect(xi).toBeCloseTo(centre[i], 4));
  });

  it("never evaluates more than maxEvals times and returns the best point seen", () => {
    let calls = 0;
    const r = nelderMead((x) => { calls++; return rosenbrock(x); }, [-1.2, 1], { maxEvals: 17 });
    expect(calls).toBe(17);
    expect(r.evals).toBe(17);
    expect(r.f).toBeLessThanOrEqual(rosenbrock([-1.2, 1]));
    const one = nelderMead(rosenbrock, [-1.2, 1], { maxEvals: 1 });
    expect(one.x).toEqual([-1.2, 1]);
    expect(one.evals).toBe(1);
  });

  it("moves away from non-finite values and rejects maxEvals < 1", () => {
    const r = nelderMead((x) => (x[0] < 0 ? NaN : (x[0] - 2) ** 2), [1], { maxEvals: 200, step: 0.5 });
    expect(r.x[0]).toBeCloseTo(2, 3);
    expect(() => nelderMead(rosenbrock, [0, 0], { maxEvals: 0 })).toThrow(RangeError);
  });

  it("is deterministic", () => {
    const a = nelderMead(rosenbrock, [-1.2, 1], { maxEvals: 300 });
    const b = nelderMead(rosenbrock, [-1.2, 1], { maxEvals: 300 });
    expect(a).toEqual(b);
  });
});
