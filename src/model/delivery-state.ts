// The delivery layer's state of one arm: per team, for the arm's world with AI and for its no-AI twin, the
// change authored this week, the review backlog carried from earlier weeks, the rework stock, and what the team
// phase hands to next week's developer phase. One typed array per quantity, indexed by team.
import { freshArrays, type ArraySource } from "./arrays.js";

import type { Population } from "./population.js";

/** One world of an arm (with AI, or the no-AI twin): per-team arrays. */
export interface DeliveryWorld {
  /** Change authored this week (output units, rework included), summed by the developer phase. */
  readonly authored: Float64Array;
  /**
   * Its size (size units), defects, and the defects that are AI-made change's excess over human-written change's
   * (review flags them as findings like any other; fewer of them cause incidents). The twin's change is all
   * human-written, so these stay empty for it.
   */
  readonly size: Float64Array;
  readonly defects: Float64Array;
  readonly aiDefects: Float64Array;
  /** Change authored this week by developers active with AI (in the twin: what they author without AI). */
  readonly activeAuthored: Float64Array;
  /**
   * The backlog carried to this week: value (output units), the part of it that is new change rather than
   * rework, size, defects (and of them AI-made excess), review hours it still needs, and its age mass (sum of
   * value x weeks waited).
   */
  readonly backlogValue: Float64Array;
  readonly backlogNew: Float64Array;
  readonly backlogSize: Float64Array;
  readonly backlogDefects: Float64Array;
  readonly backlogAiDefects: Float64Array;
  readonly backlogHours: Float64Array;
  readonly backlogAge: Float64Array;
  /** Rework hours outstanding after this week's share was set aside. */
  readonly reworkStock: Float64Array;
  /** For the coming week: the share of the team's authoring that is rework, and the review load on its reviewers
   *  (hours reviewed / the team's review capacity), which comes out of the reviewers' authoring time. */
  readonly repairShare: Float64Array;
  readonly reviewLoad: Float64Array;
  /**
   * Change authored and merged, summed over the measurement window and over the run: a developer is credited
   * with their team's merged / authored ratio of what they authored.
   */
  readonly windowAuthored: Float64Array;
  readonly windowMerged: Float64Array;
  readonly totalAuthored: Float64Array;
  readonly totalMerged: Float64Array;
}

/**
 * What policies set each week (hook shapeDelivery; the step resets them to these neutral values first).
 * Unless marked "with AI", a lever acts in both worlds, since it is not an AI tool.
 */
export interface DeliveryLevers {
  /** Added to the review share of every developer who reviews (dedicated reviewer time). */
  reviewShareBonus: number;
  /** Share of every developer's working time the policies' practices take (splitting change, in both worlds). */
  authoringTimeShare: number;
  /** Multiplier on review's catch share (smaller change is reviewed better), capped so the share stays <= 1. */
  catchScale: number;
  /** Multiplier on defects per output unit of all change. */
  defectScale: number;
  /** With AI: multiplier on the size excess of AI-made change over human-written. */
  aiSizeExcessScale: number;
  /** With AI: share of arriving defects an AI reviewer catches before human review. */
  aiReviewCatch: number;
  /** With AI: share of human review hours per size unit the AI reviewer saves. */
  aiReviewHoursSaved: number;
  /** With AI: tokens the AI reviewer spends per size unit of arriving change. */
  aiReviewTokensPerSizeUnit: number;
}

export const NEUTRAL_LEVERS: Readonly<DeliveryLevers> = {
  reviewShareBonus: 0,
  authoringTimeShare: 0,
  catchScale: 1,
  defectScale: 1,
  aiSizeExcessScale: 1,
  aiReviewCatch: 0,
  aiReviewHoursSaved: 0,
  aiReviewTokensPerSizeUnit: 0,
};

export interface DeliveryState {
  readonly ai: DeliveryWorld;
  readonly twin: DeliveryWorld;
  readonly levers: DeliveryLevers;
  /** This week's review share of each level, bonus included (set by the step from the levers). */
  readonly levelReviewShare: Float64Array;
  /** Scratch of the step's output pass: the current team's sums of authored change (step.ts, TeamSum). */
  readonly teamSums: Float64Array;
}

function createWorld(teams: number, withQuality: boolean, arrays: ArraySource): DeliveryWorld {
  const t = () => arrays.take(Float64Array, teams);
  return {
    authored: t(),
    size: arrays.take(Float64Array, withQuality ? teams : 0),
    defects: arrays.take(Float64Array, withQuality ? teams : 0),
    aiDefects: arrays.take(Float64Array, withQuality ? teams : 0),
    activeAuthored: t(),
    backlogValue: t(),
    backlogNew: t(),
    backlogSize: t(),
    backlogDefects: t(),
    backlogAiDefects: t(),
    backlogHours: t(),
    backlogAge: t(),
    reworkStock: t(),
    repairShare: t(),
    reviewLoad: t(),
    windowAuthored: t(),
    windowMerged: t(),
    totalAuthored: t(),
    totalMerged: t(),
  };
}

/** The delivery state of an arm; `enabled` false gives empty arrays (the layer is off). */
export function createDeliveryState(pop: Population, enabled: boolean, arrays: ArraySource = freshArrays): DeliveryState {
  const teams = enabled ? pop.teams : 0;
  return {
    ai: createWorld(teams, true, arrays),
    twin: createWorld(teams, false, arrays),
    levers: { ...NEUTRAL_LEVERS },
    levelReviewShare: arrays.take(Float64Array, pop.levelReviewShare.length),
    teamSums: arrays.take(Float64Array, 5),
  };
}
