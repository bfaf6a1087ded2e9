// The hooks through which a policy acts on an arm's weekly step. The model defines them (it calls them);
// src/policies/ implements them, one file per policy. In the order the step calls them each week:
//  - pressAdoption: adoption pressure (extra weekly hazard) and hold on users (lapse suppression in [0, 1]), as
//    factors on the developers' conformity or fit in `arm.pressure`; the step resets them each week;
//  - shapeDelivery: the week's delivery levers in `arm.delivery.levers` (more review capacity, an AI reviewer,
//    smaller change: model/delivery-state.ts); the step resets them to neutral each week;
//  - changeWaste: add or cut wasted tokens in `arm.wasted` once useful tokens are known, within the weekly cap,
//    for developers [from, to). The step runs developers in blocks and calls it once per block, so it may only
//    read developer i's values of this week for developer i;
//  - capTokens: cut useful and wasted tokens once every developer's tokens of the week are known (team budgets).
//    An arm with such a policy runs adoption for everyone first, then each policy's token hooks over [0, n);
//  - changeWork: before output, for developers [from, to): their working time lost this week (`arm.timeLost`, a
//    share of the week, read only when the policy sets `changesWorkTime`), their proficiency (training), and
//    programme costs;
//  - observeBlock: read what developers [from, to) did this week (tokens, output), block by block;
//  - afterWeek: update the policy's own state from what the week measured (rankings, detection flags), after
//    the team phase.
// Policies run in the order an arm lists them, so a leaderboard listed after a quota sees the quota's filler.
import type { PolicyParams } from "../scenario/schema.js";
import type { ArmState } from "./arm-state.js";
import type { ArraySource } from "./arrays.js";
import type { ModelParams } from "./params.js";
import type { Population } from "./population.js";

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
  pressAdoption?(pop: Population, arm: ArmState, ctx: WeekContext): void;
  shapeDelivery?(pop: Population, arm: ArmState, ctx: WeekContext): void;
  changeWaste?(pop: Population, arm: ArmState, ctx: WeekContext, from: number, to: number): void;
  capTokens?(pop: Population, arm: ArmState, ctx: WeekContext): void;
  changeWork?(pop: Population, arm: ArmState, ctx: WeekContext, from: number, to: number): void;
  /** Whether changeWork sets working time lost (`arm.timeLost`); only then does the output pass read it. */
  readonly changesWorkTime?: boolean;
  observeBlock?(pop: Population, arm: ArmState, ctx: WeekContext, from: number, to: number): void;
  afterWeek?(pop: Population, arm: ArmState, ctx: WeekContext): void;
  /**
   * Whether the policy reads `ctx.uPolicy` (unless false, it may). When no policy of a run may, the week's
   * policy uniforms are not drawn: a quarter of the weekly draws saved for the status quo.
   */
  readonly readsPolicyDraws?: boolean;
}

/** An arm's policy instances from its validated specs, in the order listed (src/policies/registry.ts's). */
export type CreatePolicies = (specs: readonly PolicyParams[], pop: Population, model: ModelParams, arrays: ArraySource) => PolicyInstance[];

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
