// The bench (bench/, outside the package) type-checks against the sources as they are, so a change to the core
// cannot leave `npm run bench` broken until someone next runs it.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");

it("bench/ type-checks with its tsconfig", () => {
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "bench"), "--noEmit"], { encoding: "utf8" });
  expect(r.stdout + r.stderr).toBe("");
  expect(r.status).toBe(0);
});
