// Results appear whole or not at all: files are written into a temporary folder beside the target and the
// folder is swapped into place only when complete. An interrupted run leaves earlier results untouched.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

const pending = new Set<string>();

/** Removes temporary folders of writes still under way (on SIGINT/SIGTERM or a crash). */
export function cleanUpPendingWrites(): void {
  for (const dir of pending) rmSync(dir, { recursive: true, force: true });
  pending.clear();
}

/** Writes `files` (name -> content) as the whole content of folder `target`, replacing what was there. */
export function writeFolderAtomically(target: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const dest = resolve(target);
  const parent = dirname(dest);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = join(parent, `.${basename(dest)}.tmp-${stamp}`);
  const old = join(parent, `.${basename(dest)}.old-${stamp}`);
  pending.add(temp);
  try {
    mkdirSync(temp);
    for (const [name, content] of files) {
      const path = resolve(temp, name);
      if (dirname(path) !== temp) throw new Error(`refusing to write outside the output folder: ${name}`);
      writeFileSync(path, content);
    }
    if (existsSync(dest)) renameSync(dest, old);
    renameSync(temp, dest);
    pending.delete(temp);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    pending.delete(temp);
    if (!existsSync(dest) && existsSync(old)) renameSync(old, dest);
    throw e;
  }
}
