// Mutable state of one arm (one policy mix) over a run: one typed array per attribute, indexed by developer.
import type { PolicyInstance } from "../policies/types.js";
import type { Population } from "./population.js";

export const NEVER = 0;
export const ACTIVE = 1;
export const LAPSED = 2;

export interface ArmState {
  readonly name: string;
  readonly policies: readonly PolicyInstance[];
  /** NEVER, ACTIVE or LAPSED. */
  readonly adoption: Uint8Array;
  /** AI proficiency in [floor, 1]. */
  readonly proficiency: Float64Array;
  /** Last week's relative output gain from AI (what a user weighs against lapsing). */
  readonly lastGain: Float32Array;
  /** Extra adoption hazard from policies this week (1/week), and lapse suppression in [0, 1]. */
  readonly push: Float32Array;
  readonly hold: Float32Array;
  /** This week's useful and wasted tokens. */
  readonly useful: Float64Array;
  readonly wasted: Float64Array;
  /** Active developers per team at the end of last week. */
  readonly teamActive: Int32Array;
  /** Totals over the whole run, per developer: tokens, wasted tokens, cost (USD), output, output without AI. */
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
  /** Share of developers the dashboard counted as weekly active last week. */
  measuredShareLastWeek: number;
  /** This week's cost of policy programmes such as training (USD), added by policies; the step resets it. */
  programCostUsd: number;
}

export function createArmState(pop: Population, name: string, policies: readonly PolicyInstance[]): ArmState {
  const n = pop.size;
  return {
    name,
    policies,
    adoption: new Uint8Array(n),
    proficiency: new Float64Array(n),
    lastGain: new Float32Array(n),
    push: new Float32Array(n),
    hold: new Float32Array(n),
    useful: new Float64Array(n),
    wasted: new Float64Array(n),
    teamActive: new Int32Array(pop.teams),
    totalTokens: new Float64Array(n),
    totalWasted: new Float64Array(n),
    totalCost: new Float64Array(n),
    totalOutput: new Float64Array(n),
    totalOutput0: new Float64Array(n),
    windowTokens: new Float64Array(n),
    windowWasted: new Float64Array(n),
    windowTokenCost: new Float64Array(n),
    windowOutput: new Float64Array(n),
    windowOutput0: new Float64Array(n),
    windowActiveWeeks: new Uint16Array(n),
    measuredShareLastWeek: 0,
    programCostUsd: 0,
  };
}
