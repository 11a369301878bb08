// Files written whole or not at all: checkpoints and images go through a temp file beside the target, flushed, then
// renamed over it, so that a crash or a full disk never leaves half a file where the user's was.

import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";

/** Writes `bytes` to `path` atomically; on failure the temp file is removed and the reason (an errno code) thrown. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    const fd = openSync(tmp, "w");
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new Error((e as NodeJS.ErrnoException).code ?? (e as Error).message);
  }
}
