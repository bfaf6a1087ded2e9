// One helper to declare a model parameter: its type, default, hard limits, unit, plausible range and source.
// The same declaration feeds validation, the JSON Schema, the docs' parameter tables and sensitivity ranges.
import { z } from "zod";

export interface ParamInfo {
  /** What the parameter means, in one sentence. */
  description: string;
  /** Unit, e.g. "tokens/week", "USD/year", "share (0-1)", "1/week". */
  unit: string;
  /** Where the default comes from, or the assumption behind it. */
  source: string;
  /** The range a sensitivity analysis should explore: [low, high]. */
  plausible?: [number, number];
}

interface Limits {
  min?: number;
  max?: number;
  /** Require value > min instead of >= min. */
  exclusiveMin?: boolean;
  int?: boolean;
}

/** A finite number parameter with a default. */
export function num(defaultValue: number, limits: Limits, info: ParamInfo) {
  let schema = limits.int ? z.number().int() : z.number();
  if (limits.min !== undefined) schema = limits.exclusiveMin ? schema.gt(limits.min) : schema.min(limits.min);
  if (limits.max !== undefined) schema = schema.max(limits.max);
  const range = { ...(limits.min !== undefined ? { min: limits.min } : {}), ...(limits.max !== undefined ? { max: limits.max } : {}) };
  return schema.default(defaultValue).meta({ ...info, ...range, description: `${info.description} [${info.unit}]`, default: defaultValue });
}

/** A share in [0, 1]. */
export function share(defaultValue: number, info: Omit<ParamInfo, "unit"> & { unit?: string }) {
  return num(defaultValue, { min: 0, max: 1 }, { unit: "share (0-1)", ...info });
}

/** A nested group of parameters whose own defaults fill in when the group or any field is omitted. */
export function group<T extends z.ZodRawShape>(shape: T, description: string) {
  // Every field of a group has a default, so {} is a valid input (the generic type cannot show it).
  return z.strictObject(shape).prefault({} as never).meta({ description });
}
