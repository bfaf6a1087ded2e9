// The batch pool: results in task order whatever the number of lanes, and the caller's work for this thread
// (loading the chart library) run once, only when worker threads share the batch.
import { describe, expect, it } from "vitest";
import { allTasks } from "../src/batch/plan.js";
import { runTasks } from "../src/batch/pool.js";
import type { Row } from "../src/output/rows.js";
import { makeScenario } from "./helpers/scenario.js";

const scenario = makeScenario({ weeks: 4, population: { developers: 300 }, arms: [{ name: "organic" }, { name: "quota", policies: [{ type: "adoption-quota" }] }] });

async function batch(workers: number) {
  const rows: Row[][] = [];
  const order: number[] = [];
  const events: string[] = [];
  await runTasks([scenario], allTasks(1, 6), {
    workers,
    beforeThisLane: () => events.push(`before, ${rows.length} results`),
    onResult: (task, result) => {
      order.push(task.replicate);
      rows.push(result.rows);
    },
  });
  return { rows, order, events };
}

describe("the batch pool", () => {
  it("runs beforeThisLane once, before this thread's first task, only with worker threads", async () => {
    const one = await batch(1);
    const two = await batch(2);
    expect(one.events).toEqual([]);
    expect(two.events).toEqual(["before, 0 results"]);
    expect(two.order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(two.rows).toEqual(one.rows);
    expect(one.rows[0].map((r) => r.arm)).toEqual(["organic", "quota"]);
  });

  it("reports a failure of beforeThisLane and stops the worker threads", async () => {
    const failing = runTasks([scenario], allTasks(1, 4), {
      workers: 2,
      beforeThisLane: () => {
        throw new Error("chart library missing");
      },
      onResult: () => undefined,
    });
    await expect(failing).rejects.toThrow("chart library missing");
  });
});
