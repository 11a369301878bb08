// Reading a data file by path (raw bytes in, DataError out when it is missing), and gunzipping bytes that start
// with gzip's magic number, so every reader takes `.gz` and plain files alike.

import { readFileSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { DataError } from "./dataset.js";

/** The bytes of `path`; `shown` is the name the user wrote, for messages. */
export function readDataFile(path: string, shown: string = path): Uint8Array {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
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

/** The bytes themselves, or their gunzipped content when they are gzip (which names by content, not by suffix). */
export function maybeGunzip(bytes: Uint8Array, shown: string): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    const out = gunzipSync(bytes);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (e) {
    throw new DataError(`${shown}: not a valid gzip file (${(e as Error).message})`);
  }
}

/** Whether a plain file exists at `path`. */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
