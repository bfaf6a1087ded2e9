// The delivery countermeasures on one population and the same draws (common random numbers): each does what its
// file says, and composes with the usage policies.
import { describe, expect, it } from "vitest";
import { simulate } from "../src/model/simulate.js";
import { createPolicies } from "../src/policies/registry.js";
import { summaryRows } from "../src/output/rows.js";
import { makeScenario } from "./helpers/scenario.js";

const quota = { type: "adoption-quota", target: 0.8 };
const s = makeScenario({
  seed: 11,
  weeks: 30,
  population: { developers: 3000 },
  arms: [
    { name: "quota", policies: [quota] },
    { name: "quota-dedicated", policies: [quota, { type: "review-capacity", extraReviewShare: 0.1 }] },
    { name: "quota-ai-reviewer", policies: [quota, { type: "review-capacity", extraReviewShare: 0, aiReviewer: { enabled: true } }] },
    { name: "quota-small-batches", policies: [quota, { type: "change-size-limit" }] },
  ],
});
const rows = Object.fromEntries(summaryRows(simulate(s, createPolicies)).map((r) => [r.arm as string, r]));
const n = (arm: string, column: string) => rows[arm][column] as number;

describe("review-capacity", () => {
  it("with dedicated reviewer time, merges sooner and catches more, at the reviewers' authoring", () => {
    expect(n("quota-dedicated", "review_latency_weeks")).toBeLessThan(n("quota", "review_latency_weeks"));
    expect(n("quota-dedicated", "review_utilisation")).toBeLessThan(n("quota", "review_utilisation"));
    expect(n("quota-dedicated", "change_failure_rate")).toBeLessThan(n("quota", "change_failure_rate"));
    expect(n("quota-dedicated", "tokens_ai_review")).toBe(0);
  });
  it("with dedicated reviewer time, merges more where review is the bottleneck (reviewers who never skim)", () => {
    // With skimming, an overloaded team clears its queue by reviewing less carefully, and more reviewer time
    // buys quality rather than throughput (the test above); without it, review caps what merges.
    const levels = { mid: { reviewShare: 0.02 }, senior: { reviewShare: 0.08 }, staff: { reviewShare: 0.1 } };
    const overloaded = makeScenario({ ...s, delivery: { ...s.delivery, skimElasticity: 0 }, population: { ...s.population, levels: { ...s.population.levels, ...Object.fromEntries(Object.entries(levels).map(([l, v]) => [l, { ...s.population.levels[l as "mid"], ...v }])) } } });
    const r = Object.fromEntries(summaryRows(simulate(overloaded, createPolicies)).map((row) => [row.arm as string, row]));
    expect(r["quota-dedicated"].merged_output as number).toBeGreaterThan(r.quota.merged_output as number);
    expect(r["quota-dedicated"].review_backlog_final as number).toBeLessThan(r.quota.review_backlog_final as number);
  });
  it("with an AI reviewer, lets fewer defects through and pays for its tokens", () => {
    expect(n("quota-ai-reviewer", "change_failure_rate")).toBeLessThan(n("quota", "change_failure_rate"));
    expect(n("quota-ai-reviewer", "tokens_ai_review")).toBeGreaterThan(0);
    expect(n("quota-ai-reviewer", "program_cost_usd")).toBeGreaterThan(n("quota", "program_cost_usd"));
    // The twin has no AI reviewer: its failures are the quota arm's.
    expect(n("quota-ai-reviewer", "change_failure_rate_without_ai")).toBeCloseTo(n("quota", "change_failure_rate_without_ai"), 12);
  });
});

describe("change-size-limit", () => {
  it("makes AI users' change smaller and less failure-prone, and costs authoring time", () => {
    expect(n("quota-small-batches", "ai_user_change_size_ratio")).toBeLessThan(n("quota", "ai_user_change_size_ratio"));
    expect(n("quota-small-batches", "change_failure_rate")).toBeLessThan(n("quota", "change_failure_rate"));
    expect(n("quota-small-batches", "output_without_ai")).toBeLessThan(n("quota", "output_without_ai"));
    expect(n("quota-small-batches", "active_share_measured")).toBe(n("quota", "active_share_measured"));
  });
});
