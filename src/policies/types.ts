// The one small interface every policy implements. A policy sees the population and its arm's state and may:
//  - beforeAdoption: add adoption pressure (extra weekly hazard) and hold users (lapse suppression in [0, 1]),
//    as factors on the developers' conformity or fit in `arm.pressure`; the step resets them each week;
//  - addWaste: add wasted tokens to `arm.wasted` once useful tokens are known, within the weekly cap, for the
//    developers [from, to). The step runs developers in blocks and calls it once per block, so it may only
//    read developer i's values of this week for developer i; a policy that needs the whole week at once (team
//    budgets) sets `wasteNeedsWholeWeek` and is called once with [0, n);
//  - afterBlock: read what developers [from, to) did this week (tokens, output), block by block;
//  - afterWeek: update its own state from what the week measured (rankings, detection flags).
// Policies run in the order an arm lists them, so a leaderboard listed after a quota sees the quota's filler.
import type { z } from "zod";
import type { ArmState } from "../model/arm-state.js";
import type { ArraySource } from "../model/arrays.js";
import type { ModelParams } from "../model/params.js";
import type { Population } from "../model/population.js";

export interface WeekContext {
  /** 0-based week index. */
  week: number;
  /** Blended token price this week, USD per token. */
  pricePerToken: number;
  /**
   * Per-developer uniforms in [0, 1) for policy decisions this week, shared by every arm (common random
   * numbers), as 32-bit words: developer i's uniform is `uPolicy[i] * UNIT_PER_WORD`. Empty when every policy of
   * the run sets `readsPolicyDraws: false`.
   */
  uPolicy: Uint32Array;
}

export interface PolicyInstance {
  beforeAdoption?(pop: Population, arm: ArmState, ctx: WeekContext): void;
  addWaste?(pop: Population, arm: ArmState, ctx: WeekContext, from: number, to: number): void;
  /** addWaste needs every developer's useful tokens of the week at once. */
  readonly wasteNeedsWholeWeek?: boolean;
  afterBlock?(pop: Population, arm: ArmState, ctx: WeekContext, from: number, to: number): void;
  afterWeek?(pop: Population, arm: ArmState, ctx: WeekContext): void;
  /**
   * Whether the policy reads `ctx.uPolicy` (unless false, it may). When no policy of a run may, the week's
   * policy uniforms are not drawn: a quarter of the weekly draws saved for the status quo.
   */
  readonly readsPolicyDraws?: boolean;
}

/** What a policy does: its `type`, a one-line summary, and how to create its instance for an arm. */
export interface PolicyBehaviour<P = unknown> {
  /** The `type` that selects this policy in a scenario file. */
  readonly type: string;
  /** One line on what the policy models. */
  readonly summary: string;
  /** `arrays` gives the policy its per-developer arrays (zero-filled), recycled between replicates in a batch. */
  create(params: P, pop: Population, model: ModelParams, arrays: ArraySource): PolicyInstance;
}

/** A policy with its scenario parameters: `schema` (including the literal `type`, each field with a default). */
export interface PolicyModule<S extends z.ZodType = z.ZodType> extends PolicyBehaviour<z.output<S>> {
  readonly schema: S;
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
export function pressByConformity(arm: ArmState, intensity: number, adoptionPushPerWeek: number): void {
  const p = arm.pressure;
  p.pushPerConformity += intensity * adoptionPushPerWeek;
  // max over policies of intensity x conformity = (max intensity) x conformity, as conformity >= 0.
  if (intensity > p.holdPerConformity) p.holdPerConformity = intensity;
}

/** Extra adoption hazard `pushPerWeek x adoptionFit` (1/week) for non-users: invitations that follow fit. */
export function pressByFit(arm: ArmState, pushPerWeek: number): void {
  arm.pressure.pushPerFit += pushPerWeek;
}
