// IDX files (the MNIST format; gzip or not) in, typed arrays out: `readIdx` inflates one file (no further than its
// header declares) and decodes it (idx-decode.ts), and `idx` pairs an image file with a label file into DataSplits.

import { resolve } from "node:path";
import { constants, gunzipSync } from "node:zlib";
import { DataError, sizeOf, type Dataset, type DataSplits } from "./dataset.js";
import { isGzip, MAX_GUNZIPPED_BYTES, maybeGunzip, readDataFile } from "./files.js";
import { decodeIdx, IDX_TYPES, idxPair, isIdxCode, type IdxFile } from "./idx-decode.js";

export {
  decodeIdx,
  idxExamples,
  idxPair,
  idxTargets,
  type IdxData,
  type IdxFile,
  type IdxType,
} from "./idx-decode.js";

/**
 * Reads an IDX file's bytes, gzipped or not (detected by its magic number), and decodes them (idx-decode.ts).
 */
export function readIdx(raw: Uint8Array, fileName: string): IdxFile {
  const declared = isGzip(raw) ? declaredSize(raw) : undefined;
  const bytes = maybeGunzip(
    raw,
    fileName,
    declared,
    declared === MAX_GUNZIPPED_BYTES ? undefined : "more than its IDX header declares",
  );
  return decodeIdx(bytes, fileName);
}

/**
 * The bytes a gzipped IDX file's header declares, read from the inflated start of the stream, so that the whole is
 * inflated no further than that (a compression bomb stops there); the general limit when the start says nothing.
 */
function declaredSize(raw: Uint8Array): number {
  let head: Buffer;
  try {
    // A truncated stream, flushed as far as it goes: its first kilobytes inflate to the header and then some.
    head = gunzipSync(raw.subarray(0, 512), {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: 1 << 20,
    });
  } catch {
    return MAX_GUNZIPPED_BYTES; // the full inflation says what is wrong
  }
  const code = head[2]!;
  const ndims = head[3]!;
  if (head.length < 4 || head[0] !== 0 || head[1] !== 0 || !isIdxCode(code)) return MAX_GUNZIPPED_BYTES;
  const headerBytes = 4 + 4 * ndims;
  if (head.length < headerBytes) return MAX_GUNZIPPED_BYTES;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let count = 1;
  for (let i = 0; i < ndims; i++) count *= view.getUint32(4 + 4 * i, false);
  return Math.min(MAX_GUNZIPPED_BYTES, headerBytes + count * IDX_TYPES[code].bytes);
}

/** Reads an IDX file from disk; `shown` names it in messages. */
export function readIdxFile(path: string, shown: string = path): IdxFile {
  return readIdx(readDataFile(path, shown), shown);
}

export interface IdxSource {
  readonly images: string;
  readonly labels: string;
  readonly test_images?: string | undefined;
  readonly test_labels?: string | undefined;
}

/** `idx(images=, labels=, test_images=, test_labels=)`: paths relative to `baseDir` (the `.nn` file's folder). */
export function idx(source: IdxSource, baseDir: string, classes?: number): DataSplits {
  const load = (images: string, labels: string): Dataset =>
    idxPair(
      readIdxFile(resolve(baseDir, images), images),
      readIdxFile(resolve(baseDir, labels), labels),
      classes,
      {
        images,
        labels,
      },
    );
  const train = load(source.images, source.labels);
  const { test_images: testImages, test_labels: testLabels } = source;
  if (testImages === undefined && testLabels === undefined) return { train };
  if (testImages === undefined || testLabels === undefined) {
    const given = testImages ?? testLabels;
    throw new DataError(`${given}: \`test_images\` and \`test_labels\` go together; give both or neither`);
  }
  const test = load(testImages, testLabels);
  if (sizeOf(test.exampleShape) !== sizeOf(train.exampleShape)) {
    throw new DataError(
      `${testImages}: test examples have shape [${test.exampleShape.join(", ")}], ` +
        `the training examples in ${source.images} have [${train.exampleShape.join(", ")}]`,
    );
  }
  return { train, test };
}
