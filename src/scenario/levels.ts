// The developer levels, in the order of every per-level array. Apart from the scenario schema
// so that the model runs without loading zod.
export const LEVELS = ["junior", "mid", "senior", "staff"] as const;
export type Level = (typeof LEVELS)[number];
