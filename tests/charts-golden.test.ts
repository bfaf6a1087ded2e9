// Golden SVGs: each chart of a fixed fixture must match tests/golden/<file> byte for byte. On a mismatch the
// new drawing is written as <name>-changed.svg beside the golden (look at both, then copy it over the golden if
// the change is wanted). UPDATE_GOLDEN=1 rewrites the goldens.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderCharts } from "../src/output/charts/index.js";
import { chartFixture } from "./helpers/chart-fixture.js";

const GOLDEN = join(import.meta.dirname, "golden");
const charts = renderCharts(chartFixture({ replicates: 1 }));
const withReplicates = renderCharts(chartFixture({ replicates: 3, arms: ["organic", "leaderboard", "budget-10pct"] }));

function checkGolden(name: string, svg: string): void {
  const golden = join(GOLDEN, name);
  const changed = golden.replace(/\.svg$/, "-changed.svg");
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, svg);
  if (!existsSync(golden)) throw new Error(`no golden file ${golden} (run with UPDATE_GOLDEN=1 to create it)`);
  if (readFileSync(golden, "utf8") === svg) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, svg);
  expect.fail(`${name} differs from its golden; new drawing written to ${changed}`);
}

describe("golden SVGs", () => {
  it("draws the eight contracted charts", () => {
    expect(charts.map((c) => c.file)).toEqual([
      "tokens-by-week.svg", "cumulative-cost.svg", "output-by-week.svg", "tokens-vs-output.svg", "lorenz-tokens.svg", "active-share.svg", "policy-frontier.svg",
      "decomposition.svg",
    ]);
  });
  for (const c of charts) it(`${c.file} matches its golden`, () => checkGolden(c.file, c.svg));
  it("policy-frontier.svg with replicates (95% whiskers) matches its golden", () =>
    checkGolden("policy-frontier-replicates.svg", withReplicates.find((c) => c.file === "policy-frontier.svg")!.svg));
});
