// Samplers over an injected Stream. Each throws RangeError on parameters outside their domain.
import type { Stream } from "./stream.js";

const TWO_PI = 2 * Math.PI;

/** Fills `out` with independent standard normal draws, using both values of each Box–Muller pair. */
export function fillStandardNormal(stream: Stream, out: Float64Array): void {
  const n = out.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    // 1 - u keeps the logarithm's argument in (0, 1].
    const r = Math.sqrt(-2 * Math.log(1 - stream.next()));
    const theta = TWO_PI * stream.next();
    out[i] = r * Math.cos(theta);
    out[i + 1] = r * Math.sin(theta);
  }
  if (i < n) {
    const r = Math.sqrt(-2 * Math.log(1 - stream.next()));
    out[i] = r * Math.cos(TWO_PI * stream.next());
  }
}

/** Fills `out` with uniform draws in [0, 1). */
export function fillUniform(stream: Stream, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = stream.next();
}

/** One standard normal draw (Box–Muller, one value kept). For set-up code, not hot loops. */
export function standardNormal(stream: Stream): number {
  const r = Math.sqrt(-2 * Math.log(1 - stream.next()));
  return r * Math.cos(TWO_PI * stream.next());
}

/**
 * The log-scale location mu of a lognormal with the given arithmetic mean and log-scale sigma:
 * E[X] = exp(mu + sigma^2 / 2), so mu = ln(mean) - sigma^2 / 2.
 * @throws RangeError when mean <= 0 or sigma < 0
 */
export function lognormalMuForMean(mean: number, sigma: number): number {
  if (!(mean > 0)) throw new RangeError(`lognormalMuForMean: mean must be > 0, got ${mean}`);
  if (!(sigma >= 0)) throw new RangeError(`lognormalMuForMean: sigma must be >= 0, got ${sigma}`);
  return Math.log(mean) - (sigma * sigma) / 2;
}

/** A categorical draw: the index i such that the cumulative weight passes u * total. */
export function categorical(stream: Stream, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0)) throw new RangeError(`categorical: weights must be >= 0, got ${w}`);
    total += w;
  }
  if (!(total > 0)) throw new RangeError("categorical: weights must not all be 0");
  let u = stream.next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
}
