// The bench's child processes: a case in a fresh process of its own, and a tokensim command timed from spawn to exit.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { root, type Case, type Side } from "./cases.js";

const MAIN = fileURLToPath(new URL("./main.js", import.meta.url));

/** Runs one case in a child process of its own (its own memory, peak RSS and compiled code); its JSON line. */
export function runCaseInChild<T = Record<string, unknown>>(c: Case | Side): T {
  const child = spawnSync(process.execPath, ["--expose-gc", MAIN, "--case", JSON.stringify(c)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`bench case ${JSON.stringify(c)} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(child.stdout.trim()) as T;
}

/** Runs the CLI with `args` and a fresh temporary `--out` folder: wall time from spawn to exit, and `read(out)`. */
export function timeCli<T>(args: string[], read: (out: string) => T): { ms: number; value: T } {
  const out = mkdtempSync(resolve(tmpdir(), "tokensim-bench-"));
  try {
    const argv = [resolve(root, "dist/cli/main.js"), ...args, "--out", out];
    const t0 = performance.now();
    const child = spawnSync(process.execPath, argv, { encoding: "utf8", stdio: ["ignore", "ignore", "inherit"] });
    const ms = performance.now() - t0;
    if (child.status !== 0) throw new Error(`bench command tokensim ${args.join(" ")} failed (exit ${child.status ?? child.signal})`);
    return { ms, value: read(out) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
