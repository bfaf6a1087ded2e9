// The bench's yardstick loop: seeded and repeatable, and on worker-thread lanes every run done exactly once.
// (Its speed is the bench's business; no test here asserts a time.)
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { referenceArrays, referenceRun } from "../bench/reference-loop.js";
import { tempDir } from "./helpers/cli.js";

const BENCH = resolve(import.meta.dirname, "../bench");

/**
 * reference-lanes.ts as Node runs it: its worker threads run the module's own file, which Node loads only as
 * JavaScript. The two files (they import nothing else of the project) are transpiled by TypeScript into a
 * temporary folder, and the test imports that copy.
 */
async function compiledLanes(): Promise<typeof import("../bench/reference-lanes.js")> {
  const dir = tempDir("tokensim-lanes-");
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  for (const name of ["reference-loop", "reference-lanes"]) {
    const source = readFileSync(join(BENCH, `${name}.ts`), "utf8");
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(join(dir, `${name}.js`), outputText);
  }
  return import(pathToFileURL(join(dir, "reference-lanes.js")).href);
}

describe("the bench's reference loop", () => {
  it("gives the same checksum for the same seed, on reused arrays, and another for another seed", () => {
    const arrays = referenceArrays(2000);
    const first = referenceRun(arrays, 8, 7);
    expect(Number.isFinite(first) && first > 0).toBe(true);
    expect(referenceRun(arrays, 8, 3)).not.toBe(first);
    expect(referenceRun(arrays, 8, 7)).toBe(first);
    expect(referenceRun(referenceArrays(2000), 8, 7)).toBe(first);
  });

  it("runs every run once on one lane or two, each with its own seed", async () => {
    const { referenceOnLanes } = await compiledLanes();
    const one = await referenceOnLanes(1000, 4, 6, 1);
    const two = await referenceOnLanes(1000, 4, 6, 2);
    const expected = [0, 1, 2, 3, 4, 5].map((k) => referenceRun(referenceArrays(1000), 4, k));
    expect(one.checksums).toEqual(expected);
    expect(two.checksums).toEqual(expected);
    expect(two.ms).toBeGreaterThan(0);
  });
});
