// compare-frontier.svg: the policy frontier of a compare, one small multiple per scenario (arms of different
// scenarios share no population or draws, so each gets its own panel and scales): cost against output gain,
// mean over replicates with 95% intervals (compare.csv), the baseline arm ringed.
import { frame, WIDTH } from "../charts/frame.js";
import { short, usd } from "../charts/format.js";
import { frontierPanel } from "../charts/frontier.js";
import { panels } from "../charts/layout.js";
import { legend } from "../charts/legend.js";
import { armColor, armSymbol } from "../charts/palette.js";
import type { ComparedArmInput } from "./types.js";

export function compareFrontierChart(compared: readonly ComparedArmInput[], replicates: number): string {
  const scenarios = [...new Set(compared.map((c) => c.scenario))];
  const f = frame({
    title: "Policy frontier: cost against output gain, by scenario",
    desc: "Small multiples, one scatter plot per scenario: each arm's total cost over the run in US dollars (x) against its total output gain in output units (y), " +
      "mean over replicates with 95% interval whiskers on both axes; the baseline arm is ringed.",
    subtitle: `Up and to the left is better; mean of ${replicates} replicate${replicates === 1 ? "" : "s"}, whiskers = 95% interval; ringed = baseline`,
  });
  if (replicates <= 1) f.note("One replicate: no interval is drawn.");
  const cols = scenarios.length === 1 ? 1 : 2;
  const { panels: ps, bottom } = panels(f, scenarios.length, f.top, WIDTH, cols === 1 ? 400 : 320, scenarios, { maxCols: cols });
  const unnamed = new Set<string>();
  scenarios.forEach((s, k) => {
    const arms = compared.filter((c) => c.scenario === s);
    const missed = frontierPanel(f, ps[k], arms.map((a, i) => ({
      key: `${k}-${i}`, name: a.arm, color: armColor(i), symbol: armSymbol(i), baseline: a.arm === a.baseline,
      cost: a.metrics.cost_usd, gain: a.metrics.output_gain,
    })), {
      xLabel: "Total cost (USD)", yLabel: "Output gain (output units)", xFormat: usd, yFormat: short,
      describe: (q) => `${s} / ${q.name}: cost ${usd(q.cost.mean)} [${usd(q.cost.low)}, ${usd(q.cost.high)}], output gain ${short(q.gain.mean)} [${short(q.gain.low)}, ${short(q.gain.high)}]`,
    });
    for (const key of missed) unnamed.add(key);
  });
  // A legend names the dots whose name had no room beside them (a click hides an arm).
  const items = scenarios.flatMap((s, k) => compared.filter((c) => c.scenario === s).map((a, i) => ({
    label: `${s}: ${a.arm}`, color: armColor(i), kind: "dot" as const, symbol: armSymbol(i), keys: [`${k}-${i}`],
  }))).filter((it) => unnamed.has(it.keys[0]));
  if (items.length === 0) return f.finish(bottom + 4);
  const lh = legend(f, f.svg, 24, bottom + 8, WIDTH - 40, items);
  return f.finish(bottom + 8 + lh + 4);
}
