// Reading a `.nn` file from the disk, bounded: a source is a regular file of at most 16 MiB, checked before a byte
// is read, so that `/dev/zero` or a runaway generated file is one line rather than a hang or an exhausted heap.
// The CLI reads the file it is given and the disk host (index.ts) its imports through this.

import { closeSync, fstatSync, openSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, normalize } from "node:path";

/** The largest `.nn` file read: far above any hand-written model, far below what would exhaust the heap. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

export type SourceRead =
  | { readonly text: string }
  /** `missing`: no file there at all (as opposed to one that cannot be read). */
  | { readonly problem: string; readonly missing: boolean };

export function readSource(path: string): SourceRead {
  let fd: number;
  try {
    // Examined before it is opened (opening a named pipe waits for a writer), and again through the descriptor,
    // so that the file checked is the file read.
    if (!statSync(path).isFile()) fd = -1;
    else fd = openSync(path, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { problem: "no such file", missing: true };
    if (code === "EACCES") return { problem: "permission denied", missing: false };
    return { problem: `cannot be opened (${code ?? String(e)})`, missing: false };
  }
  try {
    const st = fd < 0 ? statSync(path) : fstatSync(fd);
    if (st.isDirectory()) return { problem: "it is a folder", missing: false };
    if (!st.isFile())
      return { problem: "it is not a regular file (a device, a pipe or a socket)", missing: false };
    if (st.size > MAX_SOURCE_BYTES) {
      return {
        problem: `it is ${st.size.toLocaleString("en-US")} bytes, more than the ${MAX_SOURCE_BYTES.toLocaleString("en-US")} (16 MiB) a .nn file may have`,
        missing: false,
      };
    }
    return { text: readFileSync(fd, "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      problem: code === "EISDIR" ? "it is a folder" : `cannot be read (${code ?? String(e)})`,
      missing: false,
    };
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/** The path of an import `spec` in the file at `from`: relative to that file's folder; an absolute path as it is. */
export function resolveImport(from: string, spec: string): string {
  return normalize(isAbsolute(spec) ? spec : join(dirname(from), spec));
}
