// Robustness of the verdict: over every sampled world (design point x replicate), which arm ranks first on a
// metric, and how often each arm beats each other arm. Ties split the win evenly.
import type { Row } from "../output/rows.js";

export interface RankMetric {
  metric: string;
  /** true: higher is better (net value); false: lower is better (cost per unit of output). */
  higherIsBetter: boolean;
}

export const RANK_METRICS: readonly RankMetric[] = [
  { metric: "net_value_usd", higherIsBetter: true },
  { metric: "cost_per_output", higherIsBetter: false },
];

export const RANKING_COLUMNS = ["metric", "arm", "better", "worlds", "share_first", "share_first_ci_low", "share_first_ci_high", "mean_rank", "mean"];
export const PAIRWISE_COLUMNS = ["metric", "arm", "versus", "worlds", "share_wins", "share_ties", "share_losses", "mean_difference"];

/** Wilson score interval for a proportion (95%). */
export function wilson(share: number, n: number): [number, number] {
  if (n === 0) return [0, 0];
  const z = 1.959963984540054;
  const d = 1 + (z * z) / n;
  const c = (share + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((share * (1 - share)) / n + (z * z) / (4 * n * n))) / d;
  const clean = (x: number) => (Math.abs(x) < 1e-12 ? 0 : Math.abs(1 - x) < 1e-12 ? 1 : x);
  return [clean(Math.max(0, c - h)), clean(Math.min(1, c + h))];
}

/** Metric values per world: worlds[w][a] for arm a; rows carry point, replicate, arm and the metric. */
export function worldsOf(rows: readonly Row[], arms: readonly string[], metric: string): number[][] {
  const byWorld = new Map<string, number[]>();
  for (const r of rows) {
    const key = `${r.point}/${r.replicate}`;
    if (!byWorld.has(key)) byWorld.set(key, new Array<number>(arms.length).fill(NaN));
    byWorld.get(key)![arms.indexOf(r.arm as string)] = r[metric] as number;
  }
  return [...byWorld.values()].filter((w) => w.every(Number.isFinite));
}

export interface RankingResult {
  ranking: Row[];
  pairwise: Row[];
}

export function ranking(rows: readonly Row[], arms: readonly string[]): RankingResult {
  const ranking: Row[] = [];
  const pairwise: Row[] = [];
  for (const { metric, higherIsBetter } of RANK_METRICS) {
    const worlds = worldsOf(rows, arms, metric);
    const n = worlds.length;
    const better = (x: number, y: number) => (higherIsBetter ? x > y : x < y);
    const first = new Array<number>(arms.length).fill(0);
    const rankSum = new Array<number>(arms.length).fill(0);
    const sum = new Array<number>(arms.length).fill(0);
    for (const w of worlds) {
      const best = higherIsBetter ? Math.max(...w) : Math.min(...w);
      const tied = w.filter((v) => v === best).length;
      w.forEach((v, a) => {
        if (v === best) first[a] += 1 / tied;
        // Rank 1 + number strictly better + half the others tied with it.
        const strictly = w.filter((u) => better(u, v)).length;
        const ties = w.filter((u) => u === v).length - 1;
        rankSum[a] += 1 + strictly + ties / 2;
        sum[a] += v;
      });
    }
    arms.forEach((arm, a) => {
      const share = n > 0 ? first[a] / n : 0;
      const [lo, hi] = wilson(share, n);
      ranking.push({ metric, arm, better: higherIsBetter ? "higher" : "lower", worlds: n, share_first: share, share_first_ci_low: lo, share_first_ci_high: hi, mean_rank: n > 0 ? rankSum[a] / n : 0, mean: n > 0 ? sum[a] / n : 0 });
    });
    arms.forEach((arm, a) =>
      arms.forEach((versus, b) => {
        if (a === b) return;
        let wins = 0, ties = 0, diff = 0;
        for (const w of worlds) {
          if (w[a] === w[b]) ties++;
          else if (better(w[a], w[b])) wins++;
          diff += w[a] - w[b];
        }
        pairwise.push({ metric, arm, versus, worlds: n, share_wins: n ? wins / n : 0, share_ties: n ? ties / n : 0, share_losses: n ? (n - wins - ties) / n : 0, mean_difference: n ? diff / n : 0 });
      }),
    );
  }
  return { ranking, pairwise };
}
