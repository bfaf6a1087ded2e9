// The compare report's verdicts in words, from known differences; and the measured-text helpers the charts lay
// labels out with.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { compareFiles, COMPARE_FILES } from "../src/output/compare/files.js";
import type { ComparedArmInput } from "../src/output/compare/types.js";
import { verdict } from "../src/output/compare/verdict.js";
import type { Row } from "../src/output/rows.js";
import { fitLabel, textWidth, wrapText } from "../src/output/charts/text.js";

const stat = (mean: number, half: number) => ({ mean, low: mean - half, high: mean + half });

/** Three arms over 4 replicates: per1k = base + shift + noise (replicate r gets the same noise in every arm). */
function fixture(shift: Record<string, number>): { arms: ComparedArmInput[]; rows: Row[] } {
  const noise = [0.004, -0.003, 0.001, -0.002];
  const rows: Row[] = [];
  for (const arm of Object.keys(shift)) noise.forEach((n, r) => rows.push({ scenario: "s", arm, replicate: r, output_gain_per_1k_usd: 0.5 + shift[arm] + n + (arm === "b" ? 0.002 * (r % 2) : 0) }));
  const mean = (arm: string) => rows.filter((x) => x.arm === arm).reduce((a, x) => a + (x.output_gain_per_1k_usd as number), 0) / 4;
  const arms = Object.keys(shift).map((arm) => ({
    scenario: "s", arm, replicates: 4, baseline: "organic",
    metrics: { output_gain_per_1k_usd: stat(mean(arm), 0.004) },
    diffs: { output_gain_per_1k_usd: arm === "organic" ? stat(0, 0) : stat(mean(arm) - mean("organic"), arm === "b" ? 0.003 : 0.021) },
  }));
  return { arms, rows };
}

describe("compare verdicts", () => {
  it("names the leader, its paired difference from the baseline with its interval, and how the others stand", () => {
    const { arms, rows } = fixture({ organic: 0, a: 0.028, b: 0.0005 });
    const v = verdict(arms, rows, "output_gain_per_1k_usd");
    expect(v.leader).toBe("a");
    expect(v.sentence).toBe("a gives the most output per $1k: +0.028 [+0.007, +0.049] over organic; b is indistinguishable from organic; " +
      "it leads the runner-up, b, by +0.027 [+0.025, +0.028].");
  });

  it("says when the leader's difference is within the noise", () => {
    const { arms, rows } = fixture({ organic: 0, a: 0.01, b: -0.02 });
    arms[2].diffs.output_gain_per_1k_usd = stat(-0.02, 0.001);
    const v = verdict(arms, rows, "output_gain_per_1k_usd");
    expect(v.sentence).toMatch(/^a gives the most output per \$1k: \+0\.01 \[−0\.011, \+0\.031\] over organic, within the noise \(its interval contains 0\); b is worse than organic\.$/);
  });

  it("writes the report, the difference chart and the frontier, escaping names", () => {
    const { arms, rows } = fixture({ organic: 0, "<b>x</b>": 0.028, b: 0.0005 });
    const full = arms.map((a) => ({
      ...a,
      metrics: Object.fromEntries(["output_gain_per_1k_usd", "net_value_usd", "output_gain", "cost_usd", "waste_share", "active_share_gap"].map((m) => [m, a.metrics.output_gain_per_1k_usd])),
      diffs: Object.fromEntries(["output_gain_per_1k_usd", "net_value_usd", "output_gain", "cost_usd", "waste_share", "active_share_gap"].map((m) => [m, a.diffs.output_gain_per_1k_usd])),
    }));
    const files = compareFiles({ compared: full, rows: rows.map((r) => ({ ...r, net_value_usd: r.output_gain_per_1k_usd, output_gain: r.output_gain_per_1k_usd, cost_usd: r.output_gain_per_1k_usd, waste_share: 0, active_share_gap: 0 })),
      scenarios: [{ name: "s", question: "Which?", file: "s.yaml", developers: 10, weeks: 4, seed: 1 }], replicates: 4 });
    expect([...files.keys()]).toEqual([...COMPARE_FILES]);
    const doc = new JSDOM(files.get("report.html")!).window.document;
    expect(doc.querySelectorAll("ul.verdict > li")).toHaveLength(6);
    expect(doc.querySelector("ul.verdict > li")!.textContent).toContain("<b>x</b> gives the most output per $1k: +0.028 [+0.007, +0.049] over organic");
    expect(doc.querySelectorAll("b")).toHaveLength(0);
    expect(doc.querySelectorAll("figure > svg")).toHaveLength(2);
    expect(doc.querySelector("table.sortable tbody tr td")!.textContent).toBe("organic (baseline)");
  });
});

describe("measured text", () => {
  it("measures with the font's advance widths: wider letters are wider, bold is wider", () => {
    expect(textWidth("iiii")).toBeLessThan(textWidth("WWWW"));
    expect(textWidth("quota", 11, "bold")).toBeGreaterThan(textWidth("quota"));
    // Liberation Sans: "0" advances 1139/2048 em.
    expect(textWidth("0", 2048)).toBe(1139);
  });

  it("wraps without dropping a character, and shortens with … only past maxLines", () => {
    const s = "leaderboard-with-cost-cap and quota-plus-leaderboard";
    const lines = wrapText(s, 80, { fontSize: 11 });
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(80);
    expect(lines.join("").replace(/\s/g, "")).toBe(s.replace(/\s/g, ""));
    expect(fitLabel(s, 80, 10, { fontSize: 11 }).shortened).toBe(false);
    const cut = fitLabel(s, 80, 1, { fontSize: 11 });
    expect(cut.shortened).toBe(true);
    expect(cut.lines[0].endsWith("…")).toBe(true);
    expect(textWidth(cut.lines[0])).toBeLessThanOrEqual(80);
  });
});
