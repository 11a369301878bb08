// CIFAR-10's binary batches in (records of 1 label byte + 3072 pixel bytes, channels first), examples of shape
// [3, 32, 32] scaled to [0, 1] out.

import { DataError, type Dataset } from "./dataset.js";

export const CIFAR_SHAPE = [3, 32, 32] as const;
const PIXELS = 3 * 32 * 32;
const RECORD = 1 + PIXELS;
const CLASSES = 10;

/** The examples of one batch file (`data_batch_1.bin` … `test_batch.bin`). */
export function readCifarBatch(bytes: Uint8Array, fileName: string): Dataset {
  if (bytes.length === 0 || bytes.length % RECORD !== 0) {
    throw new DataError(
      `${fileName}: ${bytes.length} bytes is not a whole number of CIFAR-10 records ` +
        `(${RECORD} bytes each: 1 label byte and ${PIXELS} pixel bytes)`,
    );
  }
  const count = bytes.length / RECORD;
  const x = new Float32Array(count * PIXELS);
  const y = new Int32Array(count);
  for (let n = 0; n < count; n++) {
    const at = n * RECORD;
    const label = bytes[at]!;
    if (label >= CLASSES) {
      throw new DataError(`${fileName}: record ${n} has label ${label}; CIFAR-10 labels are 0..9`);
    }
    y[n] = label;
    for (let i = 0; i < PIXELS; i++) x[n * PIXELS + i] = bytes[at + 1 + i]! / 255;
  }
  return { x, y, count, exampleShape: [...CIFAR_SHAPE], classes: CLASSES };
}

/** Several splits of the same example shape, one after another (the five training batches make one set). */
export function concatDatasets(parts: readonly Dataset[]): Dataset {
  const first = parts[0];
  if (first === undefined) throw new Error("concatDatasets needs at least one part");
  const count = parts.reduce((s, p) => s + p.count, 0);
  const x = new Float32Array(parts.reduce((s, p) => s + p.x.length, 0));
  const y = first.y instanceof Int32Array ? new Int32Array(count) : new Float32Array(count);
  let xi = 0;
  let yi = 0;
  for (const p of parts) {
    x.set(p.x, xi);
    y.set(p.y, yi);
    xi += p.x.length;
    yi += p.y.length;
  }
  return { ...first, x, y, count };
}
