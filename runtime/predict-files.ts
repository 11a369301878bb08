// The files `nnc predict` is given, as `predict()` inputs: a PNG image, or an IDX file of examples (gzip or not),
// told apart by their first bytes, so that a misnamed file is still read as what it is.

import { extname, resolve } from "node:path";
import { DataError } from "./data/dataset.js";
import { isGzip, readDataFile } from "./data/files.js";
import { idxExamples, readIdx } from "./data/idx.js";
import { decodePng } from "./image/png.js";
import type { PredictInput } from "./predict.js";

export interface ReadPredictOptions {
  /** The examples taken from the start of each IDX file; default all. */
  readonly limit?: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads each file as an image (PNG) or examples (IDX: bytes / 255 as the data loader scales them). A missing,
 * unreadable or unrecognised file throws a DataError (a UserError for a broken PNG) naming it.
 */
export function readPredictInputs(paths: readonly string[], o: ReadPredictOptions = {}): PredictInput[] {
  return paths.map((path) => {
    const bytes = readDataFile(resolve(path), path);
    if (bytes.length === 0) throw new DataError(`${path}: the file is empty`);
    if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return { label: path, image: decodePng(bytes, path) };
    if (isGzip(bytes) || (bytes[0] === 0 && bytes[1] === 0)) return idxInput(bytes, path, o.limit);
    const [a = 0, b = 0, c = 0, d = 0] = bytes;
    const start = [a, b, c, d].map((x) => x.toString(16).padStart(2, "0")).join(" ");
    throw new DataError(
      extname(path).toLowerCase() === ".png"
        ? `${path}: not a PNG file (it starts with bytes ${start}, not the PNG signature)`
        : `${path}: neither a PNG image nor an IDX file (it starts with bytes ${start})`,
    );
  });
}

function idxInput(bytes: Uint8Array, path: string, limit: number | undefined): PredictInput {
  const file = readIdx(bytes, path);
  const [count = 0, ...example] = file.dims;
  if (count === 0) throw new DataError(`${path}: the IDX file holds no examples`);
  const n = Math.min(count, limit ?? count);
  const size = example.reduce((a, b) => a * b, 1);
  const examples = idxExamples({ ...file, data: file.data.subarray(0, n * size) });
  return { label: path, examples, shape: [n, ...example] };
}
