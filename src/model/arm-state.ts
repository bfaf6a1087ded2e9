// Mutable state of one arm (one policy mix) over a run: one typed array per attribute, indexed by developer.
import type { PolicyInstance } from "./policy-hooks.js";
import type { Population } from "./population.js";
import { freshArrays, type ArraySource } from "./arrays.js";
import { createDeliveryState, type DeliveryState } from "./delivery-state.js";

export const NEVER = 0;
export const ACTIVE = 1;
export const LAPSED = 2;

/**
 * Policy pressure on adoption and lapsing, as factors on each developer's traits: developer i's extra adoption
 * hazard is `pushPerConformity x conformity[i] + pushPerFit x adoptionFit[i]` (1/week) and their lapse hazard is
 * cut by the factor `1 - holdPerConformity x conformity[i]` (hold in [0, 1]). Three numbers a week instead of
 * two arrays rebuilt every week: every policy presses in proportion to one of these traits.
 */
export interface Pressure {
  pushPerConformity: number;
  pushPerFit: number;
  holdPerConformity: number;
}

/**
 * Slots of the week's organisation sums that the weekly step's output pass adds into (ArmState.weekSums), in this order.
 * A const enum: tsc writes the numbers into the loop, so each sum is one indexed store.
 */
export const enum WeekSum {
  Adopted,
  ActiveMeasured,
  ActiveGenuine,
  TokensUseful,
  TokensWasted,
  Output,
  OutputWithoutAi,
  /** Change authored by active AI users this week, and the AI-made part of it weighted for proficiency (output units). */
  ActiveOutput,
  ActiveAiMade,
  /** What those active users author without AI (output units). */
  ActiveOutputWithoutAi,
  /** Hours a week active users feel AI saves them, summed. */
  PerceivedHours,
}
export const WEEK_SUM_SLOTS = 11;

export interface ArmState {
  readonly name: string;
  readonly policies: readonly PolicyInstance[];
  /** Whether no policy caps tokens on the whole week, so the step may run developers block by block. */
  readonly tokensByBlock: boolean;
  /**
   * Whether any policy adds or cuts waste (changeWaste). Without one, `wasted` and the waste totals stay all zeros from their
   * allocation and the weekly step neither clears, reads nor adds to them (16 bytes a developer-week less to
   * stream for the status quo, 32 in window weeks or with developer totals).
   */
  readonly addsWaste: boolean;
  /**
   * Whether the run totals per developer (totalTokens ... totalOutput0) are kept. Only the developers table
   * reads them; without it they are empty arrays and the weekly step skips them (40 bytes a developer-week
   * less to stream, see docs/PERFORMANCE.md).
   */
  readonly developerTotals: boolean;
  /** NEVER, ACTIVE or LAPSED. */
  readonly adoption: Uint8Array;
  /** AI proficiency in [floor, 1]. */
  readonly proficiency: Float64Array;
  /** Last week's relative output gain from AI (what a user weighs against lapsing). */
  readonly lastGain: Float32Array;
  /** This week's policy pressure, set by the policies' pressAdoption (the step resets it each week). */
  readonly pressure: Pressure;
  /** This week's useful and wasted tokens. */
  readonly useful: Float64Array;
  readonly wasted: Float64Array;
  /** Whether any policy takes working time (changesWorkTime); without one `timeLost` is empty. */
  readonly changesWorkTime: boolean;
  /** This week's working time lost to what policies take, share of the week (set by their changeWork). */
  readonly timeLost: Float32Array;
  /** Active developers per team at the end of last week. */
  readonly teamActive: Int32Array;
  /**
   * Totals over the whole run, per developer: tokens, wasted tokens, cost (USD), output, output without AI.
   * Empty when `developerTotals` is false.
   */
  readonly totalTokens: Float64Array;
  readonly totalWasted: Float64Array;
  readonly totalCost: Float64Array;
  readonly totalOutput: Float64Array;
  readonly totalOutput0: Float64Array;
  /** The same over the measurement window (the last weeks), plus token cost only and weeks active. */
  readonly windowTokens: Float64Array;
  readonly windowWasted: Float64Array;
  readonly windowTokenCost: Float64Array;
  readonly windowOutput: Float64Array;
  readonly windowOutput0: Float64Array;
  readonly windowActiveWeeks: Uint16Array;
  /** Hours a week the developer felt AI saved them, summed over the window (empty without developer totals). */
  readonly windowPerceivedHours: Float32Array;
  /** The delivery layer's per-team state and this week's levers (empty arrays when the layer is off). */
  readonly delivery: DeliveryState;
  /** Each team's organic adoption hazard for the coming week (1/week), set by the team phase. */
  readonly teamHazard: Float64Array;
  /** Scratch of the weekly step, per level: the level's gain multiplier x maxGain (the factor on the Hill term). */
  readonly levelMaxGain: Float64Array;
  /** Scratch of the weekly step: the week's organisation sums, in the slots of WeekSum (step.ts). */
  readonly weekSums: Float64Array;
  /** Share of developers the dashboard counted as weekly active last week. */
  measuredShareLastWeek: number;
  /** This week's cost of policy programmes such as training (USD), added by policies; the step resets it. */
  programCostUsd: number;
}

export function createArmState(
  pop: Population,
  name: string,
  policies: readonly PolicyInstance[],
  deliveryEnabled: boolean,
  arrays: ArraySource = freshArrays,
  developerTotals = true,
): ArmState {
  const n = pop.size;
  const nTotals = developerTotals ? n : 0;
  return {
    name,
    policies,
    tokensByBlock: policies.every((p) => p.capTokens === undefined),
    addsWaste: policies.some((p) => p.changeWaste !== undefined),
    changesWorkTime: policies.some((p) => p.changesWorkTime === true),
    developerTotals,
    adoption: arrays.take(Uint8Array, n),
    proficiency: arrays.take(Float64Array, n),
    lastGain: arrays.take(Float32Array, n),
    pressure: { pushPerConformity: 0, pushPerFit: 0, holdPerConformity: 0 },
    useful: arrays.take(Float64Array, n),
    wasted: arrays.take(Float64Array, n),
    timeLost: arrays.take(Float32Array, policies.some((p) => p.changesWorkTime === true) ? n : 0),
    teamActive: arrays.take(Int32Array, pop.teams),
    totalTokens: arrays.take(Float64Array, nTotals),
    totalWasted: arrays.take(Float64Array, nTotals),
    totalCost: arrays.take(Float64Array, nTotals),
    totalOutput: arrays.take(Float64Array, nTotals),
    totalOutput0: arrays.take(Float64Array, nTotals),
    windowTokens: arrays.take(Float64Array, n),
    windowWasted: arrays.take(Float64Array, n),
    windowTokenCost: arrays.take(Float64Array, n),
    windowOutput: arrays.take(Float64Array, n),
    windowOutput0: arrays.take(Float64Array, n),
    windowActiveWeeks: arrays.take(Uint16Array, n),
    windowPerceivedHours: arrays.take(Float32Array, nTotals),
    delivery: createDeliveryState(pop, deliveryEnabled, arrays),
    teamHazard: arrays.take(Float64Array, pop.teams),
    levelMaxGain: arrays.take(Float64Array, pop.levelGain.length),
    weekSums: arrays.take(Float64Array, WEEK_SUM_SLOTS),
    measuredShareLastWeek: 0,
    programCostUsd: 0,
  };
}
