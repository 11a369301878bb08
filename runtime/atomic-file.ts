// Files written whole or not at all: checkpoints and images go through a temp file beside the target, flushed, then
// renamed over it, so that a crash or a full disk never leaves half a file where the user's was. The temp file's
// name is unpredictable and it is created exclusively (`wx`: a symbolic link planted under that name is an error,
// not followed), and a target that is not a regular file (a device node, a folder) is never replaced.

import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Writes `bytes` to `path` atomically; on failure the temp file is removed and the reason (an errno code) thrown. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  refuseSpecial(path);
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${randomBytes(8).toString("hex")}`);
  let created = false;
  try {
    const fd = openSync(tmp, "wx", 0o644);
    created = true;
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    if (created) rmSync(tmp, { force: true });
    throw new Error((e as NodeJS.ErrnoException).code ?? (e as Error).message);
  }
}

/** A target that exists must be a regular file (or a link to one); anything else is EISDIR or ENOTREG. */
function refuseSpecial(path: string): void {
  let target;
  try {
    target = lstatSync(path).isSymbolicLink() ? statSync(path) : lstatSync(path);
  } catch {
    return; // absent (or a dangling link, which the rename replaces)
  }
  if (target.isDirectory()) throw new Error("EISDIR");
  if (!target.isFile()) throw new Error("not a regular file");
}
