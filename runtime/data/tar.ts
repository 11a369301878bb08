// A POSIX tar archive's bytes in, its regular files (name and bytes) out: just enough to unpack a downloaded
// data set archive without an external `tar`.

import { DataError } from "./dataset.js";

export interface TarEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

const BLOCK = 512;

function field(bytes: Uint8Array, at: number, length: number): string {
  const raw = bytes.subarray(at, at + length);
  const end = raw.indexOf(0);
  return new TextDecoder().decode(end < 0 ? raw : raw.subarray(0, end));
}

/** The regular files of a ustar (or old GNU/v7) archive; the archive ends at two zero blocks or its end. */
export function readTar(bytes: Uint8Array, shown: string): TarEntry[] {
  const out: TarEntry[] = [];
  let at = 0;
  let longName: string | undefined;
  while (at + BLOCK <= bytes.length) {
    const header = bytes.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break;
    const sizeText = field(bytes, at + 124, 12).trim();
    const size = parseInt(sizeText === "" ? "0" : sizeText, 8);
    if (!Number.isFinite(size) || size < 0) throw new DataError(`${shown}: corrupt tar header at byte ${at}`);
    const type = String.fromCharCode(header[156]!);
    const prefix = field(bytes, at + 345, 155);
    const base = field(bytes, at + 0, 100);
    const name =
      longName ?? (prefix !== "" && field(bytes, at + 257, 5) === "ustar" ? `${prefix}/${base}` : base);
    const start = at + BLOCK;
    if (start + size > bytes.length) throw new DataError(`${shown}: truncated tar archive (in \`${name}\`)`);
    const data = bytes.subarray(start, start + size);
    longName = undefined;
    // GNU long names: the next entry's name is this entry's content
    if (type === "L") longName = field(data, 0, data.length);
    else if (type === "0" || type === "\0") out.push({ name, data });
    at = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  return out;
}
