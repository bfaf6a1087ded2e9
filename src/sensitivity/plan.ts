// A sensitivity analysis's design and its points in the parameters' units, rebuilt from the settings alone, so
// that `merge` of shards rebuilds exactly the same points (batch/sensitivity.ts makes them batch units).
import { child, streamFor, type Stream } from "../random/stream.js";
import { morrisDesign, oatDesign, scale, sobolDesign, type Design } from "../stats/designs.js";
import type { SensitivitySettings } from "./params.js";

/** The stream a part of the analysis draws from: keyed by the scenario's seed and the part's name. */
export function sensitivityStream(seed: number, name: string): Stream {
  return child(streamFor(`tokensim/${seed}`), `sensitivity/${name}`);
}

export function designFor(s: SensitivitySettings): Design {
  const k = s.params.length;
  if (s.method === "oat") return oatDesign(k);
  if (s.method === "morris") return morrisDesign(k, s.samples, s.levels, sensitivityStream(s.seed, "morris"));
  return sobolDesign(k, s.samples, sensitivityStream(s.seed, "sobol"));
}

/** Parameter values (in the parameters' units, integers rounded) of every design point. */
export function pointValues(s: SensitivitySettings, design: Design): number[][] {
  return design.points.map((u) => s.params.map((p, i) => {
    const v = scale(u[i], p.low, p.high, p.base);
    return p.integer ? Math.round(v) : v;
  }));
}

/** Points a method needs for k parameters and `samples`. */
export function pointCount(method: SensitivitySettings["method"], k: number, samples: number): number {
  return method === "oat" ? 1 + 2 * k : method === "morris" ? samples * (k + 1) : samples * (k + 2);
}
