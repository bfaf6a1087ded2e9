// Means with 95% confidence intervals over replicates (Student's t), for comparisons of policies.

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom: exact for df 1 and 2, otherwise the
 * Cornish–Fisher expansion around the normal quantile (Abramowitz & Stegun 26.7.5), within 2e-3 of the
 * tabulated values for df >= 3 (tested against the table).
 * @throws RangeError when df < 1
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) throw new RangeError(`tQuantile975: df must be >= 1, got ${df}`);
  if (df === 1) return 12.706204736174707; // tan(0.475 pi)
  if (df === 2) return 4.302652729749464; // (2p - 1) / sqrt(2p(1 - p)) at p = 0.975
  const z = 1.959963984540054;
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * (5 * z2 * z2 + 16 * z2 + 3)) / 96;
  const g3 = (z * (3 * z2 ** 3 + 19 * z2 * z2 + 17 * z2 - 15)) / 384;
  const g4 = (z * (79 * z2 ** 4 + 776 * z2 ** 3 + 1482 * z2 * z2 - 1920 * z2 - 945)) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

export interface Interval {
  n: number;
  mean: number;
  low: number;
  high: number;
}

/** Mean and 95% t-interval of `values`; with one value the interval is that value (no spread measurable). */
export function meanInterval(values: readonly number[]): Interval {
  const n = values.length;
  if (n === 0) return { n, mean: 0, low: 0, high: 0 };
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n;
  if (n === 1) return { n, mean, low: mean, high: mean };
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  const half = (tQuantile975(n - 1) * Math.sqrt(ss / (n - 1))) / Math.sqrt(n);
  return { n, mean, low: mean - half, high: mean + half };
}
