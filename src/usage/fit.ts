// Fitting a lognormal to users' mean weekly tokens by maximum likelihood, with a goodness-of-fit figure.
// For a lognormal the MLE is closed-form: mu = mean(ln x), sigma = sqrt(mean((ln x - mu)^2)) (the n
// denominator, not n - 1). The Kolmogorov-Smirnov statistic D = max |empirical CDF - fitted CDF|; as a rule
// of thumb D above ~1.36/sqrt(n) rejects the fit at the 5% level (the fitted parameters make that test
// conservative; treat D as a descriptive figure).

export interface LognormalFit {
  n: number;
  mu: number;
  sigma: number;
  /** exp(mu): the fitted median. */
  median: number;
  ksD: number;
  /** 1.36 / sqrt(n): D above this would reject at ~5% if the parameters were known in advance. */
  ksCritical5: number;
  /** Top-decile mean / median implied by the fitted lognormal. */
  impliedTopDecileRatio: number;
}

/** The standard normal CDF, via Numerical Recipes' Chebyshev fit of erfc (fractional error < 1.2e-7). */
export function normalCdf(z: number): number {
  const x = -z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const y =
    t *
    Math.exp(
      -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  const erfc = x >= 0 ? y : 2 - y;
  return 0.5 * erfc;
}

/** z such that normalCdf(z) = 0.9. */
const Z90 = 1.2815515655446004;

export function fitLognormal(values: readonly number[]): LognormalFit {
  const xs = values.filter((v) => v > 0).sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) throw new Error("fitLognormal needs at least one positive value");
  const logs = xs.map(Math.log);
  const mu = logs.reduce((a, b) => a + b, 0) / n;
  const sigma = Math.sqrt(logs.reduce((a, l) => a + (l - mu) ** 2, 0) / n);
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = sigma > 0 ? normalCdf((logs[i] - mu) / sigma) : logs[i] >= mu ? 1 : 0;
    d = Math.max(d, Math.abs((i + 1) / n - f), Math.abs(f - i / n));
  }
  return {
    n,
    mu,
    sigma,
    median: Math.exp(mu),
    ksD: d,
    ksCritical5: 1.36 / Math.sqrt(n),
    impliedTopDecileRatio: (Math.exp((sigma * sigma) / 2) * normalCdf(sigma - Z90)) / 0.1,
  };
}
