// What a benchmark child process (bench/nnc-child.ts, bench/tfjs-child.ts, bench/torch_child.py) prints as its last
// line, and the helpers the Node children share: the arguments they take and the data of W1 and W2.

import { loadData, type DataSplits, type Dataset } from "../index.js";

/** The last line of a child's stdout is `RESULT ` and this as JSON. */
export interface ChildResult {
  /** Seconds of one epoch (W1, W2: training and, for W1, the test evaluation) or of one call (W3, W4). */
  readonly seconds: number;
  /** Training examples per second (W1, W2). */
  readonly samplesPerSecond?: number;
  /** Test accuracy in [0, 1] after the epoch; absent when the epoch was extrapolated. */
  readonly accuracy?: number;
  readonly gflops?: number;
  /** The child's peak resident set, in MiB. */
  readonly rssMiB: number;
  /** The epoch's time extrapolated from a few steps. */
  readonly extrapolated?: boolean;
  /** W4: the first compile in the process (Chevrotain's grammar analysis included), in seconds. */
  readonly coldSeconds?: number;
  /** Something the table should say about this run (the adapter, the BLAS, the backend). */
  readonly note?: string;
}

export function emit(r: ChildResult): void {
  console.log(`RESULT ${JSON.stringify(r)}`);
}

export const rssMiB = (): number => process.resourceUsage().maxRSS / 1024;

/** `--name value` from argv. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The three matmul shapes of W3 by name: m×k×n. */
export const W3_SHAPES: Readonly<Record<string, readonly [number, number, number]>> = {
  "512x512x512": [512, 512, 512],
  "64x784x512": [64, 784, 512],
};

/**
 * Fashion-MNIST as nnc reads it (Debian's dataset-fashion-mnist, pixels scaled to [0, 1]), in file order. With
 * `--quick`, the first tenth of each split: 6,000 training and 1,000 test examples, in every system alike.
 */
export async function fashionMnist(quick: boolean): Promise<DataSplits> {
  const full = await loadData({ kind: "fashion_mnist" }, { baseDir: ".", classes: 10 });
  if (!quick) return full;
  return { train: head(full.train, 6000), ...(full.test && { test: head(full.test, 1000) }) };
}

function head(d: Dataset, count: number): Dataset {
  const size = d.x.length / d.count;
  return { ...d, x: d.x.subarray(0, count * size), y: d.y.subarray(0, count), count };
}
