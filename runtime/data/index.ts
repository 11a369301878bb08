// A `data` source of a `train` block (LANGUAGE §9.1) and the caller's options in, DataSplits out; the one entry
// point the training loop needs, plus the readers for direct use.

import { csv, type CsvSource } from "./csv.js";
import type { DataSplits } from "./dataset.js";
import { idx, type IdxSource } from "./idx.js";
import { loadNamed, type NamedDataOptions } from "./named.js";
import type { NamedSetName } from "./named-sets.js";
import { spiral } from "./spiral.js";

export { csv, type CsvSource } from "./csv.js";
export { DataError, sizeOf, targetWidth, type Dataset, type DataSplits } from "./dataset.js";
export { fetchVerified, matchesChecksum, sha256, type Checksum, type FetchLike } from "./download.js";
export { readCifarBatch } from "./cifar10.js";
export {
  idx,
  readIdx,
  readIdxFile,
  type IdxData,
  type IdxFile,
  type IdxSource,
  type IdxType,
} from "./idx.js";
export { NAMED_SETS, isNamedSet, type NamedSet, type NamedSetName } from "./named-sets.js";
export { cacheDir, findNamedSet, loadNamed, searchDirs, type NamedDataOptions } from "./named.js";
export { gaussian, mulberry32, spiral, type SpiralOptions } from "./spiral.js";

/** The data sources of LANGUAGE §9.1, as the compiler's `DataSource` spells them. */
export type DataSourceSpec =
  | { readonly kind: NamedSetName }
  | ({ readonly kind: "idx" } & IdxSource)
  | ({ readonly kind: "csv" } & CsvSource)
  | { readonly kind: "spiral"; readonly classes: number; readonly points: number; readonly noise: number };

export interface LoadDataOptions extends NamedDataOptions {
  /** The `.nn` file's folder: `idx` and `csv` paths are relative to it. */
  readonly baseDir: string;
  /** The target's class count (`class(K)`); omitted for real targets. */
  readonly classes?: number | undefined;
  /** Seeds `spiral`'s noise (the `train` block's seed). */
  readonly seed?: number;
}

/** Reads (or makes, or downloads) the data a `train` block names; bad or missing data throws a DataError. */
export async function loadData(source: DataSourceSpec, options: LoadDataOptions): Promise<DataSplits> {
  switch (source.kind) {
    case "fashion_mnist":
    case "mnist":
    case "cifar10":
      return loadNamed(source.kind, options);
    case "idx":
      return idx(source, options.baseDir, options.classes);
    case "csv":
      return csv(source, options.baseDir, options.classes);
    case "spiral":
      return spiral({ ...source, seed: options.seed ?? 0 });
    default: {
      const never: never = source;
      throw new Error(`unknown data source ${JSON.stringify(never)}`);
    }
  }
}
