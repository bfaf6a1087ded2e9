// A small, fixed RunTables for chart and report tests: built from integer arithmetic (no randomness), numbers
// rounded, so golden SVGs are stable. `developersPerArm` scales it up for size tests.
import { DEVELOPER_COLUMNS, SUMMARY_COLUMNS, TIMESERIES_COLUMNS, type Row } from "../../src/output/rows.js";
import type { Manifest, RunTables } from "../../src/output/tables.js";

const LEVELS = ["junior", "mid", "senior", "staff"];

/** A deterministic value in [0, 1) from integers (a multiplicative hash). */
function u(...k: number[]): number {
  let h = 2166136261;
  for (const x of k) h = Math.imul(h ^ (x + 0x9e3779b9), 16777619) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
  return (h >>> 8) / 16777216;
}

const r4 = (x: number) => Number(x.toPrecision(4));

export interface FixtureOptions {
  arms?: string[];
  developersPerArm?: number;
  weeks?: number;
  replicates?: number;
  name?: string;
  question?: string;
}

export function chartFixture(o: FixtureOptions = {}): RunTables {
  const arms = o.arms ?? ["organic", "leaderboard"];
  const n = o.developersPerArm ?? 60;
  const weeks = o.weeks ?? 12;
  const replicates = o.replicates ?? 1;
  const timeseries: Row[] = [];
  const developers: Row[] = [];
  const summary: Row[] = [];
  for (let rep = 0; rep < replicates; rep++) {
    arms.forEach((arm, a) => {
      let cum = 0;
      for (let w = 1; w <= weeks; w++) {
        const useful = Math.round(1e9 * (10 + w + 2 * u(rep, a, w)));
        const wasted = Math.round(a * 1e8 * (w + 3 * u(rep, a, w, 1)));
        const cost = r4(useful / 1e6 * 1.8 + wasted / 1e6 * 1.8 + 3000);
        cum = r4(cum + cost);
        const output = r4(100 + w * 0.5 + a * 0.3 + u(rep, a, w, 2));
        const output0 = r4(95 + u(rep, w, 3));
        const row: Row = Object.fromEntries(TIMESERIES_COLUMNS.map((c) => [c, 0]));
        Object.assign(row, {
          arm, replicate: rep, week: w, developers: n, adopted_share: 0.5, tokens_useful: useful, tokens_wasted: wasted, tokens_total: useful + wasted,
          active_share_measured: r4(0.45 + a * 0.1 + 0.01 * w * a), active_share_genuine: r4(0.45 - 0.002 * w), cost_usd: cost, cumulative_cost_usd: cum,
          output, output_without_ai: output0, output_gain: r4(output - output0), productivity_gain: r4((output - output0) / output0),
        });
        timeseries.push(row);
      }
      let active = 0;
      for (let i = 0; i < n; i++) {
        const isActive = u(rep, i, 7) < 0.7 ? 1 : 0;
        active += isActive;
        const tokens = isActive ? r4(10 ** (6 + 3 * u(rep, a, i, 4))) : 0;
        const row: Row = Object.fromEntries(DEVELOPER_COLUMNS.map((c) => [c, 0]));
        Object.assign(row, {
          arm, replicate: rep, developer: i, level: LEVELS[i % 4], adoption: isActive ? "active" : "never", active_user: isActive,
          window_tokens_per_week: tokens, window_output_per_week: r4(0.5 + (isActive ? Math.log10(tokens) - 5 : 0) * 0.4 + u(rep, i, 5)),
          window_output_without_ai_per_week: r4(0.5 + u(rep, i, 5)),
        });
        developers.push(row);
      }
      const row: Row = Object.fromEntries(SUMMARY_COLUMNS.map((c) => [c, 0]));
      Object.assign(row, {
        arm, replicate: rep, developers: n, weeks, window_weeks: 4, cost_usd: r4(2e6 * (1 + a * 0.15) * (1 + 0.05 * u(rep, a, 8))),
        output_gain: r4(60 * (1 + 0.02 * a) * (1 + 0.1 * u(rep, a, 9))), productivity_gain: 0.05, net_value_usd: r4(1e6 - a * 2e5), roi: r4(0.5 - a * 0.1),
        waste_share: r4(a * 0.1), active_users: active, top_decile_token_ratio: r4(9.8 - a * 0.4), top_decile_token_share: r4(0.47 + 0.01 * a),
        top_decile_output_ratio: 1.988, top_decile_output_ratio_causal: 1.479, top_decile_output_ratio_selection: 1.344,
      });
      summary.push(row);
    });
  }
  const manifest: Manifest = {
    tool: "tokensim", version: "0.0.0-test", scenarioFile: "", scenarioHash: "0".repeat(64), seed: 1, replicates,
    scenario: {
      name: o.name ?? "fixture", question: o.question ?? "What does the fixture cost?", seed: 1, weeks,
      population: { developers: n }, arms: arms.map((name) => ({ name, description: "", policies: [{ type: "none" }] })),
    },
    files: [], timings: {},
  };
  return { manifest, timeseries, developers, summary };
}
