// Invariants checked on every arm-week at the cost of a few comparisons. A violation is a bug in the model,
// not a user's mistake: the message names the stream (seed and replicate), the arm and the week to report.
import type { WeekTotals } from "./step.js";

export class InvariantError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvariantError";
  }
}

export function checkWeek(t: WeekTotals, developers: number, pricePerToken: number, where: { streamKey: string; arm: string }): void {
  const fail = (what: string) => {
    throw new InvariantError(`model invariant broken (${what}) at ${where.streamKey}, arm "${where.arm}", week ${t.week}; please report this as a bug`);
  };
  for (const [k, v] of Object.entries(t)) if (!Number.isFinite(v)) fail(`${k} is ${v}`);
  if (t.tokensUseful < 0 || t.tokensWasted < 0) fail("negative tokens");
  if (t.output < 0 || t.outputWithoutAi < 0) fail("negative output");
  if (t.merged < 0 || t.mergedWithoutAi < 0 || t.reviewBacklog < 0 || t.reworkHours < 0) fail("negative delivery figure");
  for (const count of [t.adopted, t.activeMeasured, t.activeGenuine]) if (count < 0 || count > developers) fail("a share outside [0, 1]");
  const expected = (t.tokensUseful + t.tokensWasted) * pricePerToken;
  if (Math.abs(t.tokenCostUsd - expected) > 1e-9 * Math.max(1, expected)) fail("token cost differs from tokens x price");
}
