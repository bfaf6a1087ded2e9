// Seeded random streams. All randomness in the model comes from a Stream passed in explicitly.
// The generator is Baagøe's Alea (period ~2^116), seeded exactly as seedrandom's `alea` seeds it, from a text
// key, so that child streams are derived by name, never by draw order: the stream for (seed 7, replicate 3,
// "weekly") is the same whatever else was drawn first.
//
// seedrandom's own generator is a closure over an object; here the same recurrence runs on the fields of a
// class, and the bulk fills in distributions.ts run it on local variables, several times faster (figures in
// docs/PERFORMANCE.md). The numbers are bit for bit seedrandom's: only the seeding is delegated to it.
import seedrandom from "seedrandom";

export interface Stream {
  /** The key this stream was seeded from (for manifests and error messages). */
  readonly key: string;
  /** A uniform draw in [0, 1). */
  next(): number;
}

/** 2^-32: every Alea output is an integer multiple of it. */
export const ALEA_2_POW_MINUS_32 = 2.3283064365386963e-10;
/** Alea's multiplier. */
export const ALEA_MULTIPLIER = 2091639;

/**
 * Alea: a lagged multiply-with-carry generator on three fractions s0, s1, s2 in [0, 1) (multiples of 2^-32)
 * and an integer carry c, kept in `state` = [s0, s1, s2, c]. The state is public so bulk fills can copy it into
 * locals, run the recurrence, and write it back (see distributions.ts); it must not be touched otherwise.
 * (A Float64Array rather than four object fields: V8 then keeps the bulk loops free of allocations.)
 */
export class AleaStream implements Stream {
  readonly key: string;
  readonly state: Float64Array;

  constructor(key: string) {
    this.key = key;
    const seeded = seedrandom.alea(key, { state: true }).state();
    this.state = Float64Array.of(seeded.s0, seeded.s1, seeded.s2, seeded.c);
  }

  next(): number {
    const st = this.state;
    const t = ALEA_MULTIPLIER * st[0] + st[3] * ALEA_2_POW_MINUS_32;
    const c = t | 0;
    st[0] = st[1];
    st[1] = st[2];
    st[3] = c;
    return (st[2] = t - c);
  }
}

/** A stream seeded from a text key, e.g. `streamFor("42/rep0/population")`. */
export function streamFor(key: string): Stream {
  return new AleaStream(key);
}

/** The key of a named child stream; children of the same parent with different names are independent. */
export function childKey(parentKey: string, name: string | number): string {
  return `${parentKey}/${name}`;
}

/** A child stream of `parent` named `name`. */
export function child(parent: Stream, name: string | number): Stream {
  return streamFor(childKey(parent.key, name));
}
