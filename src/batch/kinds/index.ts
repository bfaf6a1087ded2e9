// The handler of each kind of batch (see spec.ts).
import type { BatchKind, BatchSpec, KindHandler } from "../spec.js";
import { compareKind } from "./compare.js";
import { sensitivityKind } from "./sensitivity.js";
import { sweepKind } from "./sweep.js";

const HANDLERS: { [K in BatchKind]: KindHandler<Extract<BatchSpec, { kind: K }>> } = {
  compare: compareKind,
  sweep: sweepKind,
  sensitivity: sensitivityKind,
};

export const BATCH_KINDS = Object.keys(HANDLERS) as BatchKind[];

/** The handler of a spec's kind. */
export function handlerOf<S extends BatchSpec>(spec: S): KindHandler<S> {
  return HANDLERS[spec.kind] as unknown as KindHandler<S>;
}

/** The handler of a kind, for a manifest of that kind. */
export function handlerFor(kind: BatchKind): KindHandler<BatchSpec> {
  return HANDLERS[kind] as unknown as KindHandler<BatchSpec>;
}
