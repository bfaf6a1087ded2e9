// The verdict on one metric in one scenario, in words: which arm leads, by how much over the baseline with its
// 95% interval (paired over replicates: common random numbers), how each other arm stands against the baseline,
// and whether the leader is distinguishable from the runner-up. An interval that contains 0 means "within the
// noise at this number of replicates", and the sentence says so.
import type { Row } from "../rows.js";
import { list } from "../charts/format.js";
import { meanInterval } from "../../stats/interval.js";
import { formatDiff, formatValue, metricInfo } from "./metrics.js";
import type { ComparedArmInput, Stat } from "./types.js";

export type Standing = "above" | "below" | "same";

export interface Verdict {
  metric: string;
  /** The leading arm (highest, or lowest where lower is better). */
  leader: string;
  /** Per arm other than the baseline: its paired difference from the baseline excludes 0 upwards, downwards, or not. */
  standing: Record<string, Standing>;
  sentence: string;
}

/** Where a difference's interval lies against 0. */
export function standingOf(d: Stat): Standing {
  return d.low > 0 ? "above" : d.high < 0 ? "below" : "same";
}

export function interval(metric: string, d: Stat): string {
  return `${formatDiff(metric, d.mean)} [${formatDiff(metric, d.low)}, ${formatDiff(metric, d.high)}]`;
}

/** Paired difference a − b of `metric` over the replicates both arms have. */
export function pairedDiff(rows: readonly Row[], scenario: string, a: string, b: string, metric: string): Stat {
  const of = (arm: string) => new Map(rows.filter((r) => r.scenario === scenario && r.arm === arm).map((r) => [r.replicate as number, r[metric] as number]));
  const ra = of(a), rb = of(b);
  const d = [...ra.keys()].filter((k) => rb.has(k)).sort((x, y) => x - y).map((k) => ra.get(k)! - rb.get(k)!);
  const i = meanInterval(d);
  return { mean: i.mean, low: i.low, high: i.high };
}

export function verdict(arms: readonly ComparedArmInput[], rows: readonly Row[], metric: string): Verdict {
  const info = metricInfo(metric);
  const base = arms[0].baseline;
  const sign = info.better === "lower" ? -1 : 1;
  const ranked = [...arms].sort((a, b) => sign * (b.metrics[metric].mean - a.metrics[metric].mean));
  const leader = ranked[0].arm;
  const of = (arm: string) => arms.find((a) => a.arm === arm)!;
  const others = arms.filter((a) => a.arm !== base);
  const standing: Record<string, Standing> = Object.fromEntries(others.map((a) => [a.arm, standingOf(a.diffs[metric])]));
  const reps = Math.min(...arms.map((a) => a.replicates));
  const value = (arm: string) => of(arm).metrics[metric].mean;
  const tied = ranked.filter((a) => a.metrics[metric].mean === value(leader)).map((a) => a.arm);
  const versus = (d: Stat) => `${reps < 2 ? formatDiff(metric, d.mean) : interval(metric, d)} ${d.mean > 0 ? "over" : "against"} ${base}`;
  const parts: string[] = [];
  if (arms.length === 1) {
    const m = arms[0].metrics[metric];
    return { metric, leader, standing, sentence: `${leader} is the only arm: ${info.label} ${formatValue(metric, m.mean)}` + (reps >= 2 ? ` [${formatValue(metric, m.low)}, ${formatValue(metric, m.high)}].` : ".") };
  }
  // The lead: a tie, the baseline, or another arm with its difference from the baseline.
  if (tied.length > 1) parts.push(`${list(tied)} tie for the lead, at ${formatValue(metric, value(leader))}`);
  else if (leader === base) parts.push(`${base}, the baseline, ${info.lead}`);
  else {
    const d = of(leader).diffs[metric];
    parts.push(`${leader} ${info.lead}: ${versus(d)}` + (reps >= 2 && standing[leader] === "same" ? ", within the noise (its interval contains 0)" : ""));
  }
  if (reps < 2) {
    parts.push("one replicate, so no interval tells this from noise");
    return { metric, leader, standing, sentence: `${parts.join("; ")}.` };
  }
  // Every other arm against the baseline: better, worse (or higher, lower) or within the noise.
  const runnerUp = ranked.find((a) => !tied.includes(a.arm));
  const saysRunnerUp = runnerUp !== undefined && tied.length === 1 && leader === base;
  const rest = others.filter((a) => a.arm !== leader && !tied.includes(a.arm) && !(saysRunnerUp && a.arm === runnerUp.arm)).map((a) => a.arm);
  const group = (s: Standing) => rest.filter((a) => standing[a] === s);
  const verb = (n: readonly string[]) => (n.length === 1 ? "is" : "are");
  const good: Standing = info.better === "lower" ? "below" : "above";
  const bad: Standing = good === "above" ? "below" : "above";
  const words: Record<Standing, string> = info.better
    ? { [good]: "better than", [bad]: "worse than", same: "" } as Record<Standing, string>
    : { above: "higher than", below: "lower than", same: "" };
  const leaderSide = leader === base || tied.includes(base) ? undefined : standing[leader];
  for (const s of [good, bad] as Standing[]) {
    const n = group(s);
    if (n.length) parts.push(`${list(n)} ${verb(n)} ${leaderSide === s ? "also " : ""}${words[s]} ${base}`);
  }
  const same = group("same");
  if (same.length) parts.push(same.length === rest.length && rest.length > 1 ? `the others are indistinguishable from ${base}` : `${list(same)} ${verb(same)} indistinguishable from ${base}`);
  // The leader against the runner-up (unless that was said already).
  if (runnerUp && tied.length === 1) {
    if (saysRunnerUp) {
      const st = standing[runnerUp.arm];
      parts.unshift(parts.shift()! + `; the runner-up, ${runnerUp.arm}, is ${st === "same" ? "indistinguishable from" : words[st]} it: ${interval(metric, runnerUp.diffs[metric])}`);
    } else if (runnerUp.arm !== base) {
      const lead = pairedDiff(rows, arms[0].scenario, leader, runnerUp.arm, metric);
      parts.push(standingOf(lead) !== "same" ? `it leads the runner-up, ${runnerUp.arm}, by ${interval(metric, lead)}` :
        `it is not distinguishable from the runner-up, ${runnerUp.arm} (${interval(metric, lead)})`);
    }
  }
  return { metric, leader, standing, sentence: `${parts.join("; ")}.` };
}
