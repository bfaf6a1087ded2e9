// A run interrupted part-way (Ctrl-C, SIGTERM) leaves the previous results of its folder byte for byte intact
// and no partial files anywhere: tested by killing a real run.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir, tokensim } from "./helpers/cli.js";

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

/** Starts a long run into `out`, sends `signal` once its temporary folder exists, and resolves with its exit. */
function interruptRun(parent: string, out: string, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; sawTemp: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "dist/cli/main.js"), "run", "scenarios/countermeasures.yaml", "--developers", "300000", "--out", out], { cwd: ROOT });
    let stderr = "";
    let sawTemp = false;
    child.stderr.on("data", (d) => (stderr += d));
    const poll = setInterval(() => {
      if (readdirSync(parent).some((f) => f.includes(".tmp-"))) {
        sawTemp = true;
        clearInterval(poll);
        setTimeout(() => child.kill(signal), 300); // well inside the simulation (several seconds)
      }
    }, 20);
    child.on("exit", (code) => {
      clearInterval(poll);
      resolve({ code, stderr, sawTemp });
    });
  });
}

describe("an interrupted run", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`leaves earlier results intact and no partial files on ${signal}`, async () => {
      const parent = tempDir();
      const out = join(parent, "results");
      expect(tokensim(["run", "scenarios/status-quo.yaml", "--developers", "300", "--weeks", "5", "--out", out]).code).toBe(0);
      const before = snapshot(out);

      const r = await interruptRun(parent, out, signal);
      expect(r.sawTemp).toBe(true);
      expect(r.code).toBe(130);
      expect(r.stderr).toMatch(/interrupted/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(snapshot(out)).toEqual(before);
      expect(readdirSync(parent)).toEqual(["results"]);
    });
  }
});
