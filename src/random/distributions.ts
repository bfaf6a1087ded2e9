// Samplers over an injected Stream. Each throws RangeError on parameters outside their domain.
// The bulk fills have a fast path for AleaStream that runs the generator's recurrence on local variables
// (no call per draw); it yields exactly the numbers the generic path would, in the same order.
// Normal draws use the ziggurat method (below).
import { ALEA_2_POW_MINUS_32, ALEA_MULTIPLIER, AleaStream, type Stream } from "./stream.js";

// ---- Ziggurat tables (Marsaglia & Tsang 2000, "The Ziggurat Method for Generating Random Variables",
// J. Stat. Softw. 5(8), 128 layers). Layer i (1..127) is the rectangle [0, x_i] x [f(x_i), f(x_{i-1})] under
// f(x) = exp(-x^2 / 2), with x_0 = 0 and x_127 = R; layer 0 is the base strip of the same area V, tail
// included. A draw takes one 32-bit word: its low 7 bits pick the layer, the other 25 bits (a signed
// integer j in [-2^24, 2^24)) the position x = j / 2^24 x width. Index and position use disjoint bits.
const ZIG_LAYERS = 128;
const ZIG_R = 3.442619855899; // right edge of the top layer = start of the tail
const ZIG_V = 9.91256303526217e-3; // area of each layer
const ZIG_SCALE = 16777216; // 2^24: |j| < 2^24
/** kn[i]: |j| below which x lies in the part of layer i wholly under the curve (fast accept). */
const ZIG_K = new Float64Array(ZIG_LAYERS);
/** wn[i]: width of layer i / 2^24, so x = j * wn[i]. */
const ZIG_W = new Float64Array(ZIG_LAYERS);
/** fn[i] = f(x_i). */
const ZIG_F = new Float64Array(ZIG_LAYERS);
{
  let dn = ZIG_R;
  let tn = dn;
  const q = ZIG_V / Math.exp(-0.5 * dn * dn);
  ZIG_K[0] = (dn / q) * ZIG_SCALE;
  ZIG_K[1] = 0;
  ZIG_W[0] = q / ZIG_SCALE;
  ZIG_W[ZIG_LAYERS - 1] = dn / ZIG_SCALE;
  ZIG_F[0] = 1;
  ZIG_F[ZIG_LAYERS - 1] = Math.exp(-0.5 * dn * dn);
  for (let i = ZIG_LAYERS - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(ZIG_V / dn + Math.exp(-0.5 * dn * dn)));
    ZIG_K[i + 1] = (dn / tn) * ZIG_SCALE;
    tn = dn;
    ZIG_F[i] = Math.exp(-0.5 * dn * dn);
    ZIG_W[i] = dn / ZIG_SCALE;
  }
}
/**
 * The generators the bulk fills run on: a stream's state is copied in, stepped and copied back, so the fills
 * give exactly the stream's own draws. A caller that fills replicate after replicate in one thread keeps one
 * FillScratch for all of them: V8 specialises the fills' optimised code on the generator objects they run on,
 * and when those die the next full garbage collection throws the code away (--trace-deopt: "weak objects"),
 * so that every replicate would run the fills unoptimised and compile them again.
 */
export class FillScratch {
  readonly generators: readonly AleaStream[] = [0, 1, 2, 3].map((k) => new AleaStream(`tokensim/work/${k}`));

  borrow(slot: number, stream: AleaStream): AleaStream {
    const w = this.generators[slot];
    w.state.set(stream.state);
    return w;
  }
}

function giveBack(w: AleaStream, stream: AleaStream): void {
  stream.state.set(w.state);
}

/** Writes a bulk loop's copy of the Alea state back to the stream. */
function save(g: AleaStream, s0: number, s1: number, s2: number, c: number): void {
  const st = g.state;
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = c;
}

const TWO_POW_32 = 4294967296;
const TWO_POW_31 = 2147483648;

/**
 * The 32 bits of a uniform u = k / 2^32 (every Alea output is one) as a signed integer: k - 2^31, which keeps
 * the conversion within int32 range (V8 truncates in-range doubles in one instruction, others in a slow call).
 */
function toInt32Bits(u: number): number {
  return (u * TWO_POW_32 - TWO_POW_31) | 0;
}

/**
 * The rare ziggurat draws (~1.2%) that fall outside the rectangles' inner parts: the wedge test, the tail
 * beyond R (Marsaglia 1964), or a fresh word. `hz` is the 32-bit word already drawn.
 */
function zigguratSlow(g: Stream, hz: number): number {
  for (;;) {
    const iz = hz & (ZIG_LAYERS - 1);
    const j = hz >> 7;
    const x = j * ZIG_W[iz];
    if (iz === 0) {
      // Tail: x > R with density proportional to f, by Marsaglia's exponential rejection.
      let tx: number, ty: number;
      do {
        tx = -Math.log(1 - g.next()) / ZIG_R;
        ty = -Math.log(1 - g.next());
      } while (ty + ty < tx * tx);
      return j > 0 ? ZIG_R + tx : -ZIG_R - tx;
    }
    // Wedge: accept x with the probability that a uniform height in the layer falls under the curve.
    if (ZIG_F[iz] + g.next() * (ZIG_F[iz - 1] - ZIG_F[iz]) < Math.exp(-0.5 * x * x)) return x;
    hz = toInt32Bits(g.next());
    const iz2 = hz & (ZIG_LAYERS - 1);
    const j2 = hz >> 7;
    if (Math.abs(j2) < ZIG_K[iz2]) return j2 * ZIG_W[iz2];
  }
}

/**
 * Fills `out` with independent standard normal draws by the ziggurat method: one uniform draw per value in
 * ~98.8% of cases (no logarithm or trigonometry), a few more otherwise. Changed from Box–Muller for speed in
 * the weekly loop (see docs/PERFORMANCE.md); the values differ from Box–Muller's, their distribution does not.
 */
export function fillStandardNormal(stream: Stream, out: Float64Array | Float32Array, scratch = new FillScratch()): void {
  const n = out.length;
  if (!(stream instanceof AleaStream)) {
    for (let i = 0; i < n; i++) {
      const hz = toInt32Bits(stream.next());
      const iz = hz & (ZIG_LAYERS - 1);
      const j = hz >> 7;
      out[i] = Math.abs(j) < ZIG_K[iz] ? j * ZIG_W[iz] : zigguratSlow(stream, hz);
    }
    return;
  }
  // The same, with Alea's recurrence on local variables (see stream.ts): exactly the draws `next()` gives.
  const g = scratch.borrow(0, stream);
  for (let from = 0, to = 0; from < n; from = to) normalBlock(g, out, from, (to = blockEnd(from, n)));
  giveBack(g, stream);
}

function normalBlock(g: AleaStream, out: Float64Array | Float32Array, from: number, to: number): void {
  let s0 = g.state[0], s1 = g.state[1], s2 = g.state[2], c = g.state[3];
  for (let i = from; i < to; i++) {
    const t = ALEA_MULTIPLIER * s0 + c * ALEA_2_POW_MINUS_32;
    c = t | 0;
    s0 = s1;
    s1 = s2;
    s2 = t - c;
    const hz = toInt32Bits(s2);
    const iz = hz & (ZIG_LAYERS - 1);
    const j = hz >> 7;
    if (Math.abs(j) < ZIG_K[iz]) {
      out[i] = j * ZIG_W[iz];
    } else {
      save(g, s0, s1, s2, c);
      out[i] = zigguratSlow(g, hz);
      s0 = g.state[0]; s1 = g.state[1]; s2 = g.state[2]; c = g.state[3];
    }
  }
  save(g, s0, s1, s2, c);
}

/**
 * Developers per call of the loops below. V8 optimises a function that has run to completion with all its type
 * feedback; one very long first call is compiled mid-loop (on-stack replacement) without feedback for the code
 * after the loop, and that code may deoptimise call after call. Blocks of this size avoid it and cost nothing.
 */
export const BLOCK = 8192;

/**
 * Length of the first block of every blocked loop: short enough that the first call of a block function ends
 * before V8 compiles it mid-loop, so the code after its loop has type feedback. Without it, V8 entered the
 * same mid-loop code call after call and deoptimised at the loop's end each time (seen with --trace-deopt).
 */
const FIRST_BLOCK = 64;

/** End of the block that starts at `from` in a loop over [0, n) in blocks of `size`. */
export function blockEnd(from: number, n: number, size = BLOCK): number {
  return Math.min(n, from === 0 ? FIRST_BLOCK : from + size);
}

/** The value of one unit of a 32-bit uniform word: a word k stands for the uniform k x 2^-32 in [0, 1). */
export const UNIT_PER_WORD = ALEA_2_POW_MINUS_32;

/**
 * Fills `out` with uniforms in [0, 1) as 32-bit words (u = word x UNIT_PER_WORD): exact for Alea, whose every
 * output is a multiple of 2^-32; other streams' draws are rounded down to that grid. Half the memory of a
 * Float64Array of the same draws.
 */
export function fillUniformWords(stream: Stream, out: Uint32Array): void {
  for (let i = 0; i < out.length; i++) out[i] = Math.floor(stream.next() * TWO_POW_32);
}

/**
 * Fills `a` and `b` with standard normals and `c` and `d` with uniforms as 32-bit words, each from its own
 * stream, in one pass. Each array gets exactly what fillStandardNormal / fillUniformWords would give it;
 * one Alea step is a chain of dependent operations (~20 CPU cycles), so running four independent ones side by
 * side takes little longer than running one. The four arrays must have the same length, except that `d` may be
 * empty: then `sd` is not drawn from at all (nobody reads those uniforms, see WeekContext.uPolicy).
 */
export function fillNormalsAndUniforms(
  sa: Stream, a: Float64Array | Float32Array,
  sb: Stream, b: Float64Array | Float32Array,
  sc: Stream, c: Uint32Array,
  sd: Stream, d: Uint32Array,
  scratch = new FillScratch(),
): void {
  const n = a.length;
  if (b.length !== n || c.length !== n || (d.length !== n && d.length !== 0)) throw new RangeError("fillNormalsAndUniforms: arrays differ in length");
  if (!(sa instanceof AleaStream && sb instanceof AleaStream && sc instanceof AleaStream && sd instanceof AleaStream)) {
    fillStandardNormal(sa, a);
    fillStandardNormal(sb, b);
    fillUniformWords(sc, c);
    fillUniformWords(sd, d);
    return;
  }
  const [ga, gb, gc, gd] = [scratch.borrow(0, sa), scratch.borrow(1, sb), scratch.borrow(2, sc), scratch.borrow(3, sd)];
  for (let from = 0, to = 0; from < n; from = to) fillFourBlock(ga, a, gb, b, gc, c, gd, d, from, (to = blockEnd(from, n)));
  giveBack(ga, sa);
  giveBack(gb, sb);
  giveBack(gc, sc);
  giveBack(gd, sd);
}

function fillFourBlock(
  sa: AleaStream, a: Float64Array | Float32Array,
  sb: AleaStream, b: Float64Array | Float32Array,
  sc: AleaStream, c: Uint32Array,
  sd: AleaStream, d: Uint32Array,
  from: number, to: number,
): void {
  const M = ALEA_MULTIPLIER, E = ALEA_2_POW_MINUS_32;
  const withD = d.length > 0; // loop-invariant: predicted every time
  let a0 = sa.state[0], a1 = sa.state[1], a2 = sa.state[2], ac = sa.state[3];
  let b0 = sb.state[0], b1 = sb.state[1], b2 = sb.state[2], bc = sb.state[3];
  let c0 = sc.state[0], c1 = sc.state[1], c2 = sc.state[2], cc = sc.state[3];
  let d0 = sd.state[0], d1 = sd.state[1], d2 = sd.state[2], dc = sd.state[3];
  for (let i = from; i < to; i++) {
    const ta = M * a0 + ac * E;
    const tb = M * b0 + bc * E;
    const tc = M * c0 + cc * E;
    ac = ta | 0; a0 = a1; a1 = a2; a2 = ta - ac;
    bc = tb | 0; b0 = b1; b1 = b2; b2 = tb - bc;
    cc = tc | 0; c0 = c1; c1 = c2; c2 = tc - cc;
    c[i] = c2 * TWO_POW_32; // an integer below 2^32: stored exactly
    if (withD) {
      const td = M * d0 + dc * E;
      dc = td | 0; d0 = d1; d1 = d2; d2 = td - dc;
      d[i] = d2 * TWO_POW_32;
    }
    const ha = toInt32Bits(a2), ia = ha & (ZIG_LAYERS - 1), ja = ha >> 7;
    if (Math.abs(ja) < ZIG_K[ia]) {
      a[i] = ja * ZIG_W[ia];
    } else {
      save(sa, a0, a1, a2, ac);
      a[i] = zigguratSlow(sa, ha);
      a0 = sa.state[0]; a1 = sa.state[1]; a2 = sa.state[2]; ac = sa.state[3];
    }
    const hb = toInt32Bits(b2), ib = hb & (ZIG_LAYERS - 1), jb = hb >> 7;
    if (Math.abs(jb) < ZIG_K[ib]) {
      b[i] = jb * ZIG_W[ib];
    } else {
      save(sb, b0, b1, b2, bc);
      b[i] = zigguratSlow(sb, hb);
      b0 = sb.state[0]; b1 = sb.state[1]; b2 = sb.state[2]; bc = sb.state[3];
    }
  }
  save(sa, a0, a1, a2, ac);
  save(sb, b0, b1, b2, bc);
  save(sc, c0, c1, c2, cc);
  save(sd, d0, d1, d2, dc);
}

/**
 * Shuffles `values` in place (Fisher-Yates from the last position down, one draw per position but the first).
 */
export function shuffleInPlace(stream: Stream, values: Uint8Array, scratch = new FillScratch()): void {
  const n = values.length;
  const g = stream instanceof AleaStream ? scratch.borrow(0, stream) : stream;
  // Positions n - 1 down to 1, in blocks: the same draws in the same order as one loop.
  for (let from = 0, to = 0; from < n; from = to) {
    to = blockEnd(from, n);
    shuffleBlock(values, g, Math.max(1, n - to), n - from);
  }
  if (g !== stream) giveBack(g as AleaStream, stream as AleaStream);
}

/** Fisher-Yates steps for positions to - 1 down to from. */
function shuffleBlock(values: Uint8Array, stream: Stream, from: number, to: number): void {
  for (let i = to - 1; i >= from; i--) {
    const j = Math.floor(stream.next() * (i + 1));
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
}

/** Fills `out` with uniform draws in [0, 1). */
export function fillUniform(stream: Stream, out: Float64Array, scratch = new FillScratch()): void {
  const n = out.length;
  if (stream instanceof AleaStream) {
    const g = scratch.borrow(0, stream);
    for (let from = 0, to = 0; from < n; from = to) uniformBlock(g, out, from, (to = blockEnd(from, n)));
    giveBack(g, stream);
    return;
  }
  for (let i = 0; i < n; i++) out[i] = stream.next();
}

function uniformBlock(g: AleaStream, out: Float64Array, from: number, to: number): void {
  let s0 = g.state[0], s1 = g.state[1], s2 = g.state[2], c = g.state[3];
  for (let i = from; i < to; i++) {
    const t = ALEA_MULTIPLIER * s0 + c * ALEA_2_POW_MINUS_32;
    c = t | 0;
    s0 = s1;
    s1 = s2;
    s2 = t - c;
    out[i] = s2;
  }
  save(g, s0, s1, s2, c);
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
