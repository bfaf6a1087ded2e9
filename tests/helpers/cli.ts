// Runs the built CLI (dist/) as a user would, capturing its exit code and output.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");

/** `timeoutMs`: kill the command after this long (its code is then null), for a test of a command that must not hang. */
export function tokensim(args: string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, "dist/cli/main.js"), ...args], {
    cwd: options.cwd ?? ROOT,
    timeout: options.timeoutMs,
    encoding: "utf8",
    env: { ...process.env, ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = "tokensim-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
