// Nelder–Mead simplex minimisation (Nelder & Mead 1965), with the adaptive coefficients of Gao & Han (2012)
// for higher dimensions. Derivative-free, for noisy-ish objectives such as a simulation evaluated over common
// random numbers. Deterministic: the same function and start give the same sequence of evaluations.
// Kept: the JavaScript ones (fmin, optimization-js) are small one-author packages whose initial simplex,
// coefficients and stopping rule differ from these, and a fitted scenario's bytes depend on every step.

export interface NelderMeadOptions {
  /** Largest number of function evaluations (>= 1). */
  maxEvals: number;
  /** Initial step per coordinate (the simplex's edges); a number for all coordinates or one per coordinate. */
  step?: number | readonly number[];
  /** Stop when the spread of f over the simplex is below this... */
  fTolerance?: number;
  /** ...and every vertex is within this of the best in every coordinate. */
  xTolerance?: number;
  /** Called after every evaluation. */
  onEval?: (evals: number, x: readonly number[], f: number, best: number) => void;
}

export interface NelderMeadResult {
  x: number[];
  f: number;
  evals: number;
  iterations: number;
  converged: boolean;
}

/** Minimises f from x0. Non-finite values of f count as +Infinity (the simplex moves away from them). */
export function nelderMead(f: (x: readonly number[]) => number, x0: readonly number[], o: NelderMeadOptions): NelderMeadResult {
  if (!(Number.isInteger(o.maxEvals) && o.maxEvals >= 1)) throw new RangeError(`nelderMead: maxEvals must be an integer >= 1, got ${o.maxEvals}`);
  const n = x0.length;
  const fTol = o.fTolerance ?? 1e-8;
  const xTol = o.xTolerance ?? 1e-6;
  const steps = Array.from({ length: n }, (_, i) => (typeof o.step === "number" ? o.step : o.step?.[i]) ?? (x0[i] !== 0 ? 0.05 * x0[i] : 0.00025));
  const alpha = 1, beta = 1 + 2 / Math.max(n, 1), gamma = 0.75 - 1 / (2 * Math.max(n, 1)), delta = 1 - 1 / Math.max(n, 1);
  // Gao & Han: reflection alpha, expansion beta, contraction gamma, shrink delta.
  let evals = 0;
  let bestF = Infinity;
  let bestX = [...x0];
  const evaluate = (x: number[]): number => {
    const v = f(x);
    const y = Number.isFinite(v) ? v : Infinity;
    evals++;
    if (y < bestF) {
      bestF = y;
      bestX = [...x];
    }
    o.onEval?.(evals, x, y, bestF);
    return y;
  };
  const done = () => ({ x: bestX, f: bestF, evals, iterations, converged });
  let iterations = 0;
  let converged = false;

  const simplex: number[][] = [[...x0]];
  const values: number[] = [evaluate([...x0])];
  for (let i = 0; i < n && evals < o.maxEvals; i++) {
    const v = [...x0];
    v[i] += steps[i];
    simplex.push(v);
    values.push(evaluate(v));
  }
  if (simplex.length < n + 1 || n === 0) return done();

  const order = () => {
    const idx = simplex.map((_, k) => k).sort((a, b) => values[a] - values[b] || a - b);
    const s = idx.map((k) => simplex[k]), v = idx.map((k) => values[k]);
    simplex.splice(0, simplex.length, ...s);
    values.splice(0, values.length, ...v);
  };
  const combine = (c: number[], w: number[], t: number) => c.map((ci, j) => ci + t * (w[j] - ci));

  while (evals < o.maxEvals) {
    order();
    iterations++;
    const spreadF = values[n] - values[0];
    const spreadX = Math.max(...simplex.slice(1).map((v) => Math.max(...v.map((vj, j) => Math.abs(vj - simplex[0][j])))));
    if (Number.isFinite(spreadF) && spreadF <= fTol && spreadX <= xTol) {
      converged = true;
      break;
    }
    const centroid = new Array(n).fill(0);
    for (let k = 0; k < n; k++) for (let j = 0; j < n; j++) centroid[j] += simplex[k][j] / n;
    const worst = simplex[n];
    const xr = combine(centroid, worst, -alpha);
    const fr = evaluate(xr);
    if (fr < values[0]) {
      if (evals >= o.maxEvals) { simplex[n] = xr; values[n] = fr; break; }
      const xe = combine(centroid, worst, -alpha * beta);
      const fe = evaluate(xe);
      if (fe < fr) { simplex[n] = xe; values[n] = fe; } else { simplex[n] = xr; values[n] = fr; }
      continue;
    }
    if (fr < values[n - 1]) {
      simplex[n] = xr;
      values[n] = fr;
      continue;
    }
    if (evals >= o.maxEvals) break;
    // Contraction: outside if the reflection beat the worst, inside otherwise.
    const outside = fr < values[n];
    const xc = outside ? combine(centroid, worst, -alpha * gamma) : combine(centroid, worst, gamma);
    const fc = evaluate(xc);
    if (fc < (outside ? fr : values[n])) {
      simplex[n] = xc;
      values[n] = fc;
      continue;
    }
    // Shrink towards the best vertex.
    for (let k = 1; k <= n && evals < o.maxEvals; k++) {
      simplex[k] = combine(simplex[0], simplex[k], delta);
      values[k] = evaluate(simplex[k]);
    }
  }
  return done();
}
