// Downloads with a checksum: a URL and the expected sha256 in, the verified bytes out, so nothing unverified
// reaches the cache.

import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { DataError } from "./dataset.js";
import { isGzip } from "./files.js";

export type FetchLike = (url: string) => Promise<Response>;

export interface Checksum {
  /** sha256 of the file as published. */
  readonly sha256: string;
  /**
   * sha256 of its gunzipped content, for mirrors that recompress the same data (Debian's package does: its
   * `.gz` files differ from the published ones only in the gzip header).
   */
  readonly contentSha256?: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Whether the bytes are the file the checksum describes (published bytes, or the same content regzipped). */
export function matchesChecksum(bytes: Uint8Array, sum: Checksum): boolean {
  if (sha256(bytes) === sum.sha256.toLowerCase()) return true;
  if (sum.contentSha256 === undefined || !isGzip(bytes)) return false;
  try {
    return sha256(gunzipSync(bytes)) === sum.contentSha256.toLowerCase();
  } catch {
    return false;
  }
}

/** Fetches `url` and checks it; a network failure, an HTTP error or a checksum mismatch is a DataError. */
export async function fetchVerified(
  url: string,
  sum: Checksum,
  fetchImpl: FetchLike = fetch,
): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new DataError(`${url}: download failed (${cause?.code ?? cause?.message ?? (e as Error).message})`);
  }
  if (!response.ok)
    throw new DataError(`${url}: download failed (HTTP ${response.status} ${response.statusText})`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    throw new DataError(`${url}: download failed while reading (${(e as Error).message})`);
  }
  if (!matchesChecksum(bytes, sum)) {
    throw new DataError(
      `${url}: checksum mismatch: the download has sha256 ${sha256(bytes)}, expected ${sum.sha256}; it was not saved`,
    );
  }
  return bytes;
}

/** The temp name beside `path`: same folder, so the rename is atomic; the pid keeps two writers apart. */
export function tempPath(path: string): string {
  return `${path}.tmp-${process.pid}`;
}
