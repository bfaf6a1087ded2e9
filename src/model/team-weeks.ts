// Per-team weekly totals of each arm (tokens, waste, token cost, seats), for cost reports by sub-account such
// as the FOCUS export. Recorded only when asked for: one extra pass over developers per arm and week.
import { ACTIVE, type ArmState } from "./arm-state.js";
import type { Population } from "./population.js";

export interface TeamWeeks {
  teams: number;
  weeks: number;
  /** Indexed [(arm x weeks + week) x teams + team]. */
  tokens: Float64Array;
  wasted: Float64Array;
  tokenCostUsd: Float64Array;
  seats: Int32Array;
}

export function createTeamWeeks(pop: Population, arms: number, weeks: number): TeamWeeks {
  const size = arms * weeks * pop.teams;
  return { teams: pop.teams, weeks, tokens: new Float64Array(size), wasted: new Float64Array(size), tokenCostUsd: new Float64Array(size), seats: new Int32Array(size) };
}

/** Adds arm `a`'s week `week` (0-based), just stepped, at `pricePerToken` USD per token. */
export function recordTeamWeek(t: TeamWeeks, pop: Population, arm: ArmState, a: number, week: number, pricePerToken: number): void {
  const base = (a * t.weeks + week) * t.teams;
  for (let i = 0; i < pop.size; i++) {
    const k = base + pop.team[i];
    const tokens = arm.useful[i] + arm.wasted[i];
    t.tokens[k] += tokens;
    t.wasted[k] += arm.wasted[i];
    t.tokenCostUsd[k] += tokens * pricePerToken;
    if (arm.adoption[i] === ACTIVE) t.seats[k]++;
  }
}
