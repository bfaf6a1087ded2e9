// The bench's yardstick: a plain typed-array loop doing arithmetic comparable to the status quo's week, written
// the obvious way (one loop, Math.exp / Math.log, Box–Muller normals), with none of the core's tuning (blocks,
// ziggurat, expFast, 32-bit draws): the core's speed target is stated against what such a loop reaches. The
// machine's own speed drifts by up to ~1.4x from minute to minute (docs/PERFORMANCE.md, "The machine, and how to
// read the numbers"), so the bench times this loop next to the core, in the same process and minute, and reports
// the ratio as well as the absolute figure.
//
// Per developer and week, like the core: two standard normals and one uniform; the adoption or lapse decision
// (one exponential); useful tokens, lognormal noise on the developer's demand and proficiency (one exponential);
// the saturating gain s^e / (1 + s^e) (one logarithm, one exponential); output with lognormal noise (one
// exponential); learning or forgetting; the organisation's sums. Parameters are the status quo's defaults.

/** A seeded 32-bit generator (mulberry32, public domain): a uniform in [0, 1) per call. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The loop's arrays for `n` developers: allocated once, refilled by each run (as the core's arena is). */
export interface ReferenceArrays {
  n: number;
  demand: Float64Array; // tokens/week at full proficiency
  baseOutput: Float64Array; // output units/week
  fit: Float64Array; // adoption fit in (0, 1]
  active: Uint8Array;
  proficiency: Float64Array;
  lastGain: Float64Array;
  windowTokens: Float64Array;
  windowOutput: Float64Array;
}

export function referenceArrays(n: number): ReferenceArrays {
  const f64 = () => new Float64Array(n);
  return { n, demand: f64(), baseOutput: f64(), fit: f64(), active: new Uint8Array(n), proficiency: f64(), lastGain: f64(), windowTokens: f64(), windowOutput: f64() };
}

// Status-quo defaults (src/scenario/model-schema.ts, scenarios/status-quo.yaml), but for FLOOR.
const SIGMA_TOKENS = 0.35;
const SIGMA_OUTPUT = 0.3;
const ELASTICITY = 0.8922;
const HALF_SATURATION = 220e6; // tokens/week
const MAX_GAIN = 1.5;
const LEARNING_TOKENS = 30e6; // tokens/week
const LEARNING_RATE = 0.05; // per week at full pace
const DECAY = 0.02; // per week
// Not the model's floor (proficiency.floor, 0.1): 0.3 is both the floor here and the base of the initial
// proficiency (FLOOR + 0.2u, 0.3-0.5, about the levels' 0.35-0.55), so one constant stands for both; the
// arithmetic per developer-week is the same either way, and so is the time.
const FLOOR = 0.3;
const LAPSE = 0.02; // per week
const GAIN_TO_STAY = 0.08;
const HAZARD = (0.07959 + 0.2121 * 0.5) / 52; // 1/week, Bass hazard at a half-active team
const DEMAND_MU = Math.log(20e6) - 1.332 ** 2 / 2; // lognormal demand, mean 20M tokens/week
const DEMAND_SIGMA = 1.332;
const WINDOW_WEEKS = 13;

/**
 * The machine's single-thread speed at this moment, in the yardstick's terms: ms a run of developers x weeks on
 * this thread (the mean of `runs` runs, after one untimed run on the same arrays that compiles the loop and
 * touches the memory).
 */
export function referenceMsPerRun(developers: number, weeks: number, runs = 2): number {
  const arrays = referenceArrays(developers);
  referenceRun(arrays, weeks, 0);
  const t0 = performance.now();
  for (let k = 1; k <= runs; k++) referenceRun(arrays, weeks, k);
  return (performance.now() - t0) / runs;
}

/**
 * One run of `weeks` weeks over the arrays' developers: population, then every week. Returns a checksum (the
 * organisation's output) so that no work can be optimised away.
 */
export function referenceRun(a: ReferenceArrays, weeks: number, seed: number): number {
  const next = mulberry32(seed);
  const { n, demand, baseOutput, fit, active, proficiency, lastGain, windowTokens, windowOutput } = a;
  let spare = NaN; // Box–Muller gives normals in pairs: both are used
  const normal = () => {
    if (spare === spare) {
      const z = spare;
      spare = NaN;
      return z;
    }
    const r = Math.sqrt(-2 * Math.log(1 - next()));
    const t = 2 * Math.PI * next();
    spare = r * Math.sin(t);
    return r * Math.cos(t);
  };
  for (let i = 0; i < n; i++) {
    demand[i] = Math.exp(DEMAND_MU + DEMAND_SIGMA * normal());
    baseOutput[i] = Math.exp(0.35 * normal() - 0.35 ** 2 / 2);
    fit[i] = Math.min(1, demand[i] / 20e6);
    active[i] = next() < 0.1 ? 1 : 0;
    proficiency[i] = FLOOR + 0.2 * next();
    lastGain[i] = 0;
    windowTokens[i] = 0;
    windowOutput[i] = 0;
  }
  let output = 0;
  let tokens = 0;
  let users = 0;
  for (let w = 0; w < weeks; w++) {
    const inWindow = w >= weeks - WINDOW_WEEKS;
    for (let i = 0; i < n; i++) {
      const zTokens = normal();
      const zOutput = normal();
      const u = next();
      let on = active[i] === 1;
      if (on) {
        if (lastGain[i] < GAIN_TO_STAY && u < LAPSE * (1 - lastGain[i] / GAIN_TO_STAY)) on = false;
      } else if (u < 1 - Math.exp(-HAZARD * fit[i])) {
        on = true;
      }
      active[i] = on ? 1 : 0;
      const pr = proficiency[i];
      const useful = on ? demand[i] * pr * Math.exp(SIGMA_TOKENS * zTokens - SIGMA_TOKENS ** 2 / 2) : 0;
      let gain = 0;
      if (useful > 0) {
        const x = Math.exp(ELASTICITY * Math.log((pr * useful) / HALF_SATURATION));
        gain = (MAX_GAIN * x) / (1 + x);
      }
      const y = baseOutput[i] * Math.exp(SIGMA_OUTPUT * zOutput - SIGMA_OUTPUT ** 2 / 2) * (1 + gain);
      if (on) {
        users++;
        proficiency[i] = pr + LEARNING_RATE * (1 - pr) * Math.min(1, useful / LEARNING_TOKENS);
      } else {
        proficiency[i] = pr - DECAY * (pr - FLOOR);
      }
      lastGain[i] = gain;
      if (inWindow) {
        windowTokens[i] += useful;
        windowOutput[i] += y;
      }
      tokens += useful;
      output += y;
    }
  }
  return output + tokens * 1e-12 + users * 1e-9;
}
