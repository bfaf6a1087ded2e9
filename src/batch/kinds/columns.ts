// The columns every kind's rows file shares: each summary metric of a replicate.
import { SUMMARY_COLUMNS } from "../../output/rows.js";

export const METRIC_COLUMNS = SUMMARY_COLUMNS.filter((c) => c !== "arm" && c !== "replicate");

/** Columns of a rows file whose rows are design points: the point, its parameters, then the metrics. */
export function pointColumns(params: readonly string[]): string[] {
  return ["point", ...params, "scenario", "arm", "replicate", ...METRIC_COLUMNS];
}
