// The shapes every data source produces: examples as one row-major Float32Array, targets as class labels
// (Int32Array) or real values (Float32Array), and the error for bad data files.

import { UserError } from "../user-error.js";

/** One split of a data set. Example `i` is `x[i * size .. (i + 1) * size]`, `size` the product of `exampleShape`. */
export interface Dataset {
  readonly x: Float32Array;
  /** Class labels (one per example), or real targets (`count × targetWidth`, row-major). */
  readonly y: Int32Array | Float32Array;
  readonly count: number;
  readonly exampleShape: readonly number[];
  /** The number of classes, for class labels whose count is known. */
  readonly classes?: number;
}

/** A training split and, where the source has one, a test split (else the loop evaluates on `train`). */
export interface DataSplits {
  readonly train: Dataset;
  readonly test?: Dataset;
}

/**
 * Bad or missing data: a one-line message that names the file and what is wrong. The CLI prints the message
 * alone (no stack): the user's file is at fault, not the program. Its own name, which tests tell apart.
 */
export class DataError extends UserError {
  override readonly name = "DataError";
}

/** The number of values in one example (or target) of this shape. */
export function sizeOf(shape: readonly number[]): number {
  return shape.reduce((p, d) => p * d, 1);
}

/** The width of one target: 1 for class labels, the row length for real targets. */
export function targetWidth(d: Dataset): number {
  return d.count === 0 ? 1 : d.y.length / d.count;
}
