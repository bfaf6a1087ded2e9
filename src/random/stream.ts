// Seeded random streams. All randomness in the model comes from a Stream passed in explicitly.
// The generator is seedrandom's Alea (period ~2^116, ~100 M draws/s in Node 20 on this machine),
// seeded from a text key so that child streams are derived by name, never by draw order:
// the stream for (seed 7, replicate 3, "weekly") is the same whatever else was drawn first.
import seedrandom from "seedrandom";

export interface Stream {
  /** The key this stream was seeded from (for manifests and error messages). */
  readonly key: string;
  /** A uniform draw in [0, 1). */
  next(): number;
}

/** A stream seeded from a text key, e.g. `streamFor("42/rep0/population")`. */
export function streamFor(key: string): Stream {
  const prng = seedrandom.alea(key);
  return { key, next: prng };
}

/** The key of a named child stream; children of the same parent with different names are independent. */
export function childKey(parentKey: string, name: string | number): string {
  return `${parentKey}/${name}`;
}

/** A child stream of `parent` named `name`. */
export function child(parent: Stream, name: string | number): Stream {
  return streamFor(childKey(parent.key, name));
}
