// What the compare report is drawn from: the compared arms as compare.csv holds them (mean, 95% interval and
// paired difference from the baseline per metric), the per-replicate rows of replicates.csv, and the scenarios.
import type { Row } from "../rows.js";

export interface Stat {
  mean: number;
  low: number;
  high: number;
}

export interface ComparedArmInput {
  scenario: string;
  arm: string;
  replicates: number;
  baseline: string;
  metrics: Record<string, Stat>;
  diffs: Record<string, Stat>;
}

export interface CompareScenario {
  name: string;
  question: string;
  file: string;
  developers: number;
  weeks: number;
  seed: number;
}

export interface CompareInput {
  compared: readonly ComparedArmInput[];
  /** replicates.csv rows: scenario, arm, replicate and every metric. */
  rows: readonly Row[];
  scenarios: readonly CompareScenario[];
  replicates: number;
}
