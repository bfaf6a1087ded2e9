// The one small interface every policy implements. A policy sees the population and its arm's state and may:
//  - beforeAdoption: add adoption pressure (`arm.push`, extra weekly hazard) and hold users (`arm.hold`, lapse
//    suppression in [0, 1]); the step clears both each week before the first policy writes;
//  - addWaste: add wasted tokens to `arm.wasted` once useful tokens are known, within the weekly cap;
//  - afterWeek: update its own state from what the week measured (rankings, detection flags).
// Policies run in the order an arm lists them, so a leaderboard listed after a quota sees the quota's filler.
import type { z } from "zod";
import type { ArmState } from "../model/arm-state.js";
import type { ModelParams } from "../model/params.js";
import type { Population } from "../model/population.js";

export interface WeekContext {
  /** 0-based week index. */
  week: number;
  /** Blended token price this week, USD per token. */
  pricePerToken: number;
  /** Per-developer uniforms in [0, 1) for policy decisions this week, shared by every arm (common random numbers). */
  uPolicy: Float64Array;
}

export interface PolicyInstance {
  beforeAdoption?(pop: Population, arm: ArmState, ctx: WeekContext): void;
  addWaste?(pop: Population, arm: ArmState, ctx: WeekContext): void;
  afterWeek?(pop: Population, arm: ArmState, ctx: WeekContext): void;
}

export interface PolicyModule<S extends z.ZodType = z.ZodType> {
  /** The `type` that selects this policy in a scenario file. */
  readonly type: string;
  /** One line on what the policy models. */
  readonly summary: string;
  /** Parameters, including the literal `type`, each with a default. */
  readonly schema: S;
  create(params: z.output<S>, pop: Population, model: ModelParams): PolicyInstance;
}

/** A second uniform from one uniform draw: its bits below the top ten, nearly independent of it. */
export function secondUniform(u: number): number {
  const v = u * 1024;
  return v - Math.floor(v);
}

/** Adds up to `extra` wasted tokens to developer i without passing the weekly cap on total tokens. */
export function addWasteCapped(arm: ArmState, i: number, extra: number, maxTokens: number): void {
  if (!(extra > 0)) return;
  const room = maxTokens - arm.useful[i] - arm.wasted[i];
  if (room > 0) arm.wasted[i] += extra < room ? extra : room;
}

/**
 * A mandate's pressure, `intensity x conformity`: extra adoption hazard `pressure x adoptionPushPerWeek` (1/week)
 * for non-users and lapse suppression `pressure` for users (the largest of the policies' holds counts).
 */
export function pressByConformity(pop: Population, arm: ArmState, intensity: number, adoptionPushPerWeek: number): void {
  const { conformity } = pop;
  const { push, hold } = arm;
  for (let i = 0; i < pop.size; i++) {
    const p = intensity * conformity[i];
    push[i] += p * adoptionPushPerWeek;
    if (p > hold[i]) hold[i] = p;
  }
}
