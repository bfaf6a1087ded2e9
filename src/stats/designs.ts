// Sampling designs on the unit cube [0,1]^k, deterministic for a seeded stream (never Math.random):
//   - Latin hypercube: n points, each coordinate's n strata used once (sweep --lhs, and Sobol's base matrices);
//   - OAT: the centre, then each parameter at its low and at its high end, the others at the centre;
//   - Morris (1991): r trajectories on a p-level grid, each moving one parameter at a time by ±Δ, Δ = p/(2(p-1));
//   - Sobol/Saltelli (2010): base matrices A and B (N x k, from one Latin hypercube in 2k dimensions) and the
//     k matrices A_B^i (A with column i from B): N(k+2) points, laid out as blocks A, B, A_B^1, ..., A_B^k.
// Kept: no maintained JavaScript library builds these designs on an injected seeded stream.
import type { Stream } from "../random/stream.js";

export interface MorrisStep {
  /** Point indices before and after the move. */
  from: number;
  to: number;
  param: number;
  /** Signed move in unit scale (±Δ). */
  delta: number;
  trajectory: number;
}

export interface Design {
  /** Points in unit scale; for OAT, coordinates are NaN where the parameter stays at the scenario's value. */
  points: number[][];
  morris?: { steps: MorrisStep[]; trajectories: number; delta: number };
  sobol?: { n: number; k: number };
}

function shuffle(a: number[], stream: Stream): void {
  for (let k = a.length - 1; k > 0; k--) {
    const j = Math.floor(stream.next() * (k + 1));
    [a[k], a[j]] = [a[j], a[k]];
  }
}

/**
 * A Latin hypercube of n points in d dimensions on the scale of its strata: coordinate j of point i is its
 * stratum plus a uniform offset, in [0, n), and each coordinate's n strata are used once. Coordinates are
 * drawn one after another, each a shuffle of the strata and then n offsets.
 */
export function latinHypercubeStrata(n: number, d: number, stream: Stream): number[][] {
  const pts = Array.from({ length: n }, () => new Array<number>(d));
  for (let j = 0; j < d; j++) {
    const strata = Array.from({ length: n }, (_, i) => i);
    shuffle(strata, stream);
    for (let i = 0; i < n; i++) pts[i][j] = strata[i] + stream.next();
  }
  return pts;
}

/** A Latin hypercube of n points in the unit cube [0,1)^d. */
export function latinHypercube(n: number, d: number, stream: Stream): number[][] {
  return latinHypercubeStrata(n, d, stream).map((p) => p.map((v) => v / n));
}

/** OAT: point 0 is the scenario as written (NaN = untouched), then (low, high) for each parameter. */
export function oatDesign(k: number): Design {
  const centre = new Array<number>(k).fill(NaN);
  const points = [centre];
  for (let i = 0; i < k; i++) {
    for (const end of [0, 1]) {
      const p = centre.slice();
      p[i] = end;
      points.push(p);
    }
  }
  return { points };
}

export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

/** Morris trajectories: each starts on the grid so that every move of ±Δ stays on the grid. */
export function morrisDesign(k: number, r: number, levels: number, stream: Stream): Design {
  const delta = morrisDelta(levels);
  const step = 1 / (levels - 1);
  const startsUp = Array.from({ length: levels }, (_, j) => j * step).filter((x) => x + delta <= 1 + 1e-12);
  const points: number[][] = [];
  const steps: MorrisStep[] = [];
  for (let t = 0; t < r; t++) {
    const dir = Array.from({ length: k }, () => (stream.next() < 0.5 ? 1 : -1));
    const x = dir.map((d) => {
      const s = startsUp[Math.floor(stream.next() * startsUp.length)];
      return d > 0 ? s : s + delta;
    });
    const order = Array.from({ length: k }, (_, i) => i);
    shuffle(order, stream);
    points.push(x.slice());
    for (const i of order) {
      x[i] = Math.min(1, Math.max(0, x[i] + dir[i] * delta));
      points.push(x.slice());
      steps.push({ from: points.length - 2, to: points.length - 1, param: i, delta: dir[i] * delta, trajectory: t });
    }
  }
  return { points, morris: { steps, trajectories: r, delta } };
}

/** Saltelli's design: blocks A, B, A_B^1..A_B^k of n points each. */
export function sobolDesign(k: number, n: number, stream: Stream): Design {
  const base = latinHypercube(n, 2 * k, stream);
  const A = base.map((row) => row.slice(0, k));
  const B = base.map((row) => row.slice(k));
  const points = [...A, ...B];
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < n; j++) {
      const p = A[j].slice();
      p[i] = B[j][i];
      points.push(p);
    }
  }
  return { points, sobol: { n, k } };
}

/** A unit coordinate scaled to the parameter's range (NaN = the scenario's own value). */
export function scale(u: number, low: number, high: number, base: number): number {
  return Number.isNaN(u) ? base : low + u * (high - low);
}
