// Reading a data file by path (raw bytes in, DataError out when it is missing), and gunzipping bytes that start
// with gzip's magic number, so every reader takes `.gz` and plain files alike.

import { closeSync, fstatSync, openSync, readFileSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { DataError } from "./dataset.js";

/**
 * The most bytes a gzip file may inflate to: above the largest data set nnc reads (CIFAR-10's 60,000 images are
 * 184 MB), far below what a compression bomb would make of a small file. Past it the inflating stops.
 */
export const MAX_GUNZIPPED_BYTES = 2 * 1024 ** 3;

/** The bytes of `path`, a regular file (a device or a pipe could be endless); `shown` names it in messages. */
export function readDataFile(path: string, shown: string = path): Uint8Array {
  let bytes: Buffer;
  try {
    // Examined before it is opened (opening a named pipe waits for a writer), then through the descriptor.
    const pre = statSync(path);
    if (!pre.isFile() && !pre.isDirectory())
      throw new DataError(`${shown}: not a regular file (a device, a pipe or a socket)`);
    const fd = openSync(path, "r");
    try {
      const st = fstatSync(fd);
      if (st.isDirectory()) throw new DataError(`${shown}: is a folder, not a file`);
      if (!st.isFile()) throw new DataError(`${shown}: not a regular file (a device, a pipe or a socket)`);
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (e instanceof DataError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new DataError(`${shown}: file not found (looked for ${path})`);
    if (code === "EISDIR") throw new DataError(`${shown}: is a folder, not a file`);
    throw new DataError(`${shown}: cannot read the file (${code ?? String(e)})`);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Whether the bytes start with gzip's magic number 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The bytes themselves, or their gunzipped content when they are gzip (which names by content, not by suffix),
 * inflated no further than `limit` bytes: zlib stops at the limit, so a bomb costs the limit, not its content.
 */
export function maybeGunzip(
  bytes: Uint8Array,
  shown: string,
  limit = MAX_GUNZIPPED_BYTES,
  /** What the limit is, for the message. */
  what = "the most a data file nnc reads may have",
): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  let out: Buffer;
  try {
    out = gunzipSync(bytes, { maxOutputLength: limit });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw new DataError(`${shown}: inflates to more than ${limit.toLocaleString("en-US")} bytes, ${what}`);
    }
    throw new DataError(`${shown}: not a valid gzip file (${(e as Error).message})`);
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** Whether a plain file exists at `path`. */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
