// runBatch's folder and files when a batch fails part-way: nothing is left behind, no file stays open.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBatch } from "../src/batch/run-batch.js";
import { tempDir } from "./helpers/cli.js";
import { makeScenario } from "./helpers/scenario.js";

const openFiles = () => readdirSync("/proc/self/fd").length;

describe("runBatch", () => {
  it.runIf(existsSync("/proc/self/fd"))("closes the rows file and focus.csv and leaves no folder when a task fails", async () => {
    const scenario = makeScenario({ weeks: 3, population: { developers: 60 }, arms: [{ name: "organic" }] });
    const out = join(tempDir(), "compare");
    const before = openFiles();
    const failing = runBatch(
      { kind: "compare", units: [{ scenario, file: "s.yaml", point: 0, params: {} }], replicates: 2, format: "wide", focus: true },
      { out, workers: 1, shard: { index: 1, count: 1 }, onProgress: () => { throw new Error("stop"); } },
    );
    await expect(failing).rejects.toThrow("stop");
    expect(openFiles()).toBe(before);
    expect(existsSync(out)).toBe(false);
  });
});
