// Sensitivity estimators: pure functions of model outputs at the design's points (no simulation here), so
// they can be checked on analytic functions (tests/sensitivity-estimators.test.ts: the Ishigami function).
import type { Stream } from "../random/stream.js";
import type { MorrisStep } from "./designs.js";

export interface Interval {
  low: number;
  high: number;
}

/** The q-quantile of sorted values, linear between order statistics. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The 2.5% and 97.5% percentiles of bootstrap estimates. */
export function percentileInterval(estimates: number[]): Interval {
  const s = estimates.slice().sort((a, b) => a - b);
  return { low: quantileSorted(s, 0.025), high: quantileSorted(s, 0.975) };
}

function variance(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  let m = 0;
  for (const v of values) m += v;
  m /= n;
  let s = 0;
  for (const v of values) s += (v - m) ** 2;
  return s / (n - 1);
}

// ---------- OAT ----------

export interface OatEffect {
  atLow: number;
  atHigh: number;
  /** atHigh − atLow. */
  effect: number;
  /** |effect|. */
  swing: number;
}

/** OAT effects from the values at the centre (index 0) and at each parameter's low and high (1+2i, 2+2i). */
export function oatEffects(values: readonly number[], k: number): OatEffect[] {
  return Array.from({ length: k }, (_, i) => {
    const atLow = values[1 + 2 * i], atHigh = values[2 + 2 * i];
    return { atLow, atHigh, effect: atHigh - atLow, swing: Math.abs(atHigh - atLow) };
  });
}

// ---------- Morris ----------

export interface MorrisIndex {
  /** Mean elementary effect (metric change per move across the whole range). */
  mu: number;
  /** Mean absolute elementary effect (Campolongo, Cariboni & Saltelli 2007). */
  muStar: number;
  muStarCi: Interval;
  /** Standard deviation of the elementary effects: non-linearity and interactions. */
  sigma: number;
  effects: number;
}

/**
 * Elementary effects EE = (f(to) − f(from)) / delta, per parameter: mu, mu*, sigma (sample sd), and a
 * bootstrap interval for mu* resampling whole trajectories.
 */
export function morrisIndices(values: readonly number[], steps: readonly MorrisStep[], k: number, trajectories: number, bootstrap: number, stream: Stream): MorrisIndex[] {
  // ee[t][i]: the effect of parameter i in trajectory t.
  const ee = Array.from({ length: trajectories }, () => new Array<number>(k).fill(NaN));
  for (const s of steps) ee[s.trajectory][s.param] = (values[s.to] - values[s.from]) / s.delta;
  const muStarOf = (idx: readonly number[], i: number) => idx.reduce((a, t) => a + Math.abs(ee[t][i]), 0) / idx.length;
  const all = Array.from({ length: trajectories }, (_, t) => t);
  const boots: number[][] = Array.from({ length: k }, () => []);
  for (let b = 0; b < bootstrap; b++) {
    const idx = all.map(() => Math.floor(stream.next() * trajectories));
    for (let i = 0; i < k; i++) boots[i].push(muStarOf(idx, i));
  }
  return Array.from({ length: k }, (_, i) => {
    const e = all.map((t) => ee[t][i]);
    const mu = e.reduce((a, v) => a + v, 0) / e.length;
    return { mu, muStar: muStarOf(all, i), muStarCi: percentileInterval(boots[i]), sigma: Math.sqrt(variance(e)), effects: e.length };
  });
}

// ---------- Sobol ----------

export interface SobolIndex {
  S1: number;
  S1Ci: Interval;
  ST: number;
  STCi: Interval;
}

export interface SobolResult {
  indices: SobolIndex[];
  /** Variance of the output over A and B. */
  variance: number;
}

/** First-order (Saltelli 2010, eq. b) and total-order (Jansen 1999) estimates on the rows `idx`. */
function sobolPoint(fA: ArrayLike<number>, fB: ArrayLike<number>, fAB: readonly ArrayLike<number>[], idx: ArrayLike<number>): { s1: number[]; st: number[]; v: number } {
  const n = idx.length;
  let m = 0;
  for (let j = 0; j < n; j++) m += fA[idx[j]] + fB[idx[j]];
  m /= 2 * n;
  let v = 0;
  for (let j = 0; j < n; j++) v += (fA[idx[j]] - m) ** 2 + (fB[idx[j]] - m) ** 2;
  v /= 2 * n - 1;
  const s1: number[] = [], st: number[] = [];
  for (const col of fAB) {
    let a = 0, b = 0;
    for (let j = 0; j < n; j++) {
      const r = idx[j];
      a += fB[r] * (col[r] - fA[r]);
      b += (fA[r] - col[r]) ** 2;
    }
    s1.push(v > 0 ? a / n / v : 0);
    st.push(v > 0 ? b / (2 * n) / v : 0);
  }
  return { s1, st, v };
}

/**
 * Sobol indices from f at A, B and each A_B^i (n values each), with percentile bootstrap 95% intervals
 * (resampling the n rows, `bootstrap` times, from `stream`). A constant output gives indices of 0.
 */
export function sobolIndices(fA: readonly number[], fB: readonly number[], fAB: readonly (readonly number[])[], bootstrap: number, stream: Stream): SobolResult {
  const n = fA.length;
  const all = Int32Array.from({ length: n }, (_, j) => j);
  const point = sobolPoint(fA, fB, fAB, all);
  const k = fAB.length;
  const b1: number[][] = Array.from({ length: k }, () => []), bt: number[][] = Array.from({ length: k }, () => []);
  const idx = new Int32Array(n);
  for (let b = 0; b < bootstrap; b++) {
    for (let j = 0; j < n; j++) idx[j] = Math.floor(stream.next() * n);
    const e = sobolPoint(fA, fB, fAB, idx);
    for (let i = 0; i < k; i++) {
      b1[i].push(e.s1[i]);
      bt[i].push(e.st[i]);
    }
  }
  return {
    variance: point.v,
    indices: Array.from({ length: k }, (_, i) => ({ S1: point.s1[i], S1Ci: percentileInterval(b1[i]), ST: point.st[i], STCi: percentileInterval(bt[i]) })),
  };
}
