// Results appear whole or not at all: files are written into a temporary folder beside the target and the
// folder is swapped into place only when complete. An interrupted run leaves earlier results untouched.
// Kept: write-file-atomic and its kin replace one file at a time, not a folder of them.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

const pending = new Set<string>();

/** Removes temporary folders of writes still under way (on SIGINT/SIGTERM or an error). */
export function cleanUpPendingWrites(): void {
  for (const dir of pending) rmSync(dir, { recursive: true, force: true });
  pending.clear();
}

export interface PendingFolder {
  /** The temporary folder to write into. */
  readonly dir: string;
  /** A path inside the temporary folder for `name`; refuses names that would leave it. */
  path(name: string): string;
  /** Swaps the temporary folder into place of the target. */
  commit(): void;
  /** Deletes the temporary folder; the target is untouched. */
  abort(): void;
}

/** Starts writing the folder `target`; nothing is visible there until `commit()`. */
export function beginFolder(target: string): PendingFolder {
  const dest = resolve(target);
  const parent = dirname(dest);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = join(parent, `.${basename(dest)}.tmp-${stamp}`);
  const old = join(parent, `.${basename(dest)}.old-${stamp}`);
  mkdirSync(temp);
  pending.add(temp);
  return {
    dir: temp,
    path(name) {
      const p = resolve(temp, name);
      if (dirname(p) !== temp) throw new Error(`refusing to write outside the output folder: ${name}`);
      return p;
    },
    commit() {
      if (existsSync(dest)) renameSync(dest, old);
      try {
        renameSync(temp, dest);
      } catch (e) {
        if (existsSync(old)) renameSync(old, dest);
        throw e;
      }
      pending.delete(temp);
      rmSync(old, { recursive: true, force: true });
    },
    abort() {
      rmSync(temp, { recursive: true, force: true });
      pending.delete(temp);
    },
  };
}

/** Writes `files` (name -> content) as the whole content of folder `target`, replacing what was there. */
export function writeFolderAtomically(target: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const folder = beginFolder(target);
  try {
    for (const [name, content] of files) writeFileSync(folder.path(name), content);
    folder.commit();
  } catch (e) {
    folder.abort();
    throw e;
  }
}
