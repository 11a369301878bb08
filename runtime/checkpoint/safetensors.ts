// safetensors files (LANGUAGE §10): the bytes of safetensors-codec.ts written atomically, and read back from a
// regular file, every problem a CheckpointError naming the file.

import { closeSync, fstatSync, openSync, readFileSync, statSync } from "node:fs";
import { writeAtomically } from "../atomic-file.js";
import {
  CheckpointError,
  decodeSafetensors,
  encodeSafetensors,
  type LoadedCheckpoint,
  type NamedTensor,
} from "./safetensors-codec.js";

export {
  CheckpointError,
  checkAgainst,
  decodeSafetensors,
  encodeSafetensors,
  type LoadedCheckpoint,
  type LoadedTensor,
  type NamedTensor,
} from "./safetensors-codec.js";

/**
 * Writes the tensors (in the order given) to `path` through `path.tmp-<pid>`, flushed, then renamed over `path`:
 * a crash leaves either the old file or the whole new one.
 */
export function writeSafetensors(
  path: string,
  tensors: readonly NamedTensor[],
  metadata?: Readonly<Record<string, string>>,
): void {
  let bytes: Uint8Array;
  try {
    bytes = encodeSafetensors(tensors, metadata);
  } catch (e) {
    if (e instanceof CheckpointError) throw new CheckpointError(`${path}: ${e.message}`);
    throw e;
  }
  try {
    writeAtomically(path, bytes);
  } catch (e) {
    throw new CheckpointError(`${path}: cannot write the checkpoint (${(e as Error).message})`);
  }
}

/** Reads and checks a safetensors file; every problem is a CheckpointError naming the file. */
export function readSafetensors(path: string): LoadedCheckpoint {
  let buf: Buffer;
  try {
    // A device or a pipe could be endless: only a regular file is read (and opening a pipe would wait).
    if (!statSync(path).isFile()) throw new CheckpointError(`${path}: not a regular file`);
    const fd = openSync(path, "r");
    try {
      if (!fstatSync(fd).isFile()) throw new CheckpointError(`${path}: not a regular file`);
      buf = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (e instanceof CheckpointError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CheckpointError(`${path}: ${code === "ENOENT" ? "file not found" : `cannot read (${code})`}`);
  }
  return decodeSafetensors(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), path);
}
