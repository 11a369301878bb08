// CSV files in, DataSplits out: the files read (gzip or not) and parsed by csv-text.ts, a test file held to the
// training file's columns.

import { resolve } from "node:path";
import type { DataSplits } from "./dataset.js";
import { maybeGunzip, readDataFile } from "./files.js";
import { csvSplit } from "./csv-text.js";

export interface CsvSource {
  readonly path: string;
  readonly label: string;
  readonly test?: string | undefined;
}

function readSplit(
  path: string,
  shown: string,
  label: string,
  classes: number | undefined,
  features: readonly string[] | undefined,
): ReturnType<typeof csvSplit> {
  return csvSplit(
    new TextDecoder().decode(maybeGunzip(readDataFile(path, shown), shown)),
    shown,
    label,
    classes,
    features,
  );
}

/**
 * `csv("file.csv", label="column", test="test.csv")`: paths relative to `baseDir`. With `classes` the label
 * column holds integer classes (Int32Array); without, real targets (Float32Array, one per example).
 */
export function csv(source: CsvSource, baseDir: string, classes?: number): DataSplits {
  const train = readSplit(resolve(baseDir, source.path), source.path, source.label, classes, undefined);
  if (source.test === undefined) return { train: train.data };
  const test = readSplit(resolve(baseDir, source.test), source.test, source.label, classes, train.features);
  return { train: train.data, test: test.data };
}
