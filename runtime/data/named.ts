// A named data set (`fashion_mnist`, `mnist`, `cifar10`) and the caller's options in, DataSplits out: looked for in
// `--data-dir`, `$NNC_DATA`, `~/.cache/nnc/NAME` and `/usr/share/datasets/NAME` (LANGUAGE §9.1), else downloaded
// into the cache with its checksum verified.

import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";
import { concatDatasets, readCifarBatch } from "./cifar10.js";
import { DataError, sizeOf, type Dataset, type DataSplits } from "./dataset.js";
import { fetchVerified, tempPath, type Checksum, type FetchLike } from "./download.js";
import { isFile, maybeGunzip, readDataFile } from "./files.js";
import { idxPair, readIdxFile } from "./idx.js";
import { CIFAR_DIR, NAMED_SETS, type NamedSet, type NamedSetName } from "./named-sets.js";
import { readTar } from "./tar.js";

export interface NamedDataOptions {
  /** `--data-dir`: looked in first. */
  readonly dataDir?: string | undefined;
  /** The environment, for `$NNC_DATA`; the caller passes the process's (nothing here reads it by itself). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The home folder holding `.cache/nnc`; default `os.homedir()`. */
  readonly home?: string;
  /** Where system packages put data sets; default `/usr/share/datasets`. */
  readonly systemDir?: string;
  /** `false`: never download, only look. */
  readonly download?: boolean;
  /** Replaces the set's download addresses (a local mirror, a test server). */
  readonly baseUrl?: string;
  /** Replaces published sha256 values by download file name (a mirror of another version, a test). */
  readonly checksums?: Readonly<Record<string, string>>;
  readonly fetch?: FetchLike;
  /** Progress lines such as "downloading URL"; default silent. */
  readonly log?: (line: string) => void;
}

/** The folders to look in, in order, without repeats. */
export function searchDirs(name: NamedSetName, options: NamedDataOptions = {}): string[] {
  const dashed = name.replaceAll("_", "-");
  // a folder given by the user may hold the set's own folder (by either spelling) or the files themselves
  const given = (dir: string): string[] => [join(dir, name), join(dir, dashed), dir];
  const dirs: string[] = [];
  if (options.dataDir !== undefined && options.dataDir !== "") dirs.push(...given(options.dataDir));
  const env = options.env?.["NNC_DATA"];
  if (env !== undefined && env !== "") dirs.push(...given(env));
  dirs.push(cacheDir(name, options));
  dirs.push(join(options.systemDir ?? "/usr/share/datasets", dashed));
  return [...new Set(dirs)];
}

/** `~/.cache/nnc/NAME`, where downloads go. */
export function cacheDir(name: NamedSetName, options: NamedDataOptions = {}): string {
  return join(options.home ?? homedir(), ".cache", "nnc", name);
}

/** Where each of the set's files is in `dir`, or undefined when any is missing. */
export function locateFiles(set: NamedSet, dir: string): Map<string, string> | undefined {
  const found = new Map<string, string>();
  for (const file of set.files) {
    const candidates =
      set.format === "idx"
        ? [join(dir, file), join(dir, file.replace(/\.gz$/, ""))]
        : [join(dir, file), join(dir, CIFAR_DIR, file)];
    const path = candidates.find(isFile);
    if (path === undefined) return undefined;
    found.set(file, path);
  }
  return found;
}

/** The first folder that holds the whole set, with its files' paths. */
export function findNamedSet(
  name: NamedSetName,
  options: NamedDataOptions = {},
): { dir: string; files: Map<string, string> } | undefined {
  for (const dir of searchDirs(name, options)) {
    const files = locateFiles(NAMED_SETS[name], dir);
    if (files !== undefined) return { dir, files };
  }
  return undefined;
}

/** Finds (or downloads) a named set and reads it. */
export async function loadNamed(name: NamedSetName, options: NamedDataOptions = {}): Promise<DataSplits> {
  const set = NAMED_SETS[name];
  const found = findNamedSet(name, options);
  if (found !== undefined) return readNamedSet(set, found.files);
  const cache = cacheDir(name, options);
  if (options.download === false) throw notFound(set, options, "downloads are turned off");
  try {
    await downloadNamedSet(set, cache, options);
  } catch (e) {
    if (e instanceof DataError) throw notFound(set, options, e.message);
    throw e;
  }
  const files = locateFiles(set, cache);
  if (files === undefined) throw notFound(set, options, `the download did not provide every file`);
  return readNamedSet(set, files);
}

function notFound(set: NamedSet, options: NamedDataOptions, why: string): DataError {
  const files =
    set.format === "idx" ? set.files.join(", ") : `${set.files.join(", ")} (from ${set.downloads[0]!.file})`;
  const hint = set.packageHint === undefined ? "" : `, or ${set.packageHint}`;
  return new DataError(
    `data set \`${set.name}\` is in none of ${searchDirs(set.name, options).join(", ")}, and downloading it ` +
      `failed: ${why}; put ${files} into ${cacheDir(set.name, options)} (or a folder given by --data-dir or ` +
      `$NNC_DATA)${hint}`,
  );
}

/**
 * Downloads what the cache lacks, verifies every download, and only then moves the files into place, so a
 * failure at any step leaves the cache as it was.
 */
export async function downloadNamedSet(
  set: NamedSet,
  dir: string,
  options: NamedDataOptions = {},
): Promise<void> {
  const needed =
    set.format === "idx"
      ? set.downloads.filter((d) => locateFiles({ ...set, files: [d.file] }, dir) === undefined)
      : set.downloads;
  const bases = options.baseUrl !== undefined ? [options.baseUrl] : set.mirrors;
  const out: { path: string; bytes: Uint8Array }[] = [];
  for (const d of needed) {
    const sum: Checksum =
      options.checksums?.[d.file] !== undefined ? { sha256: options.checksums[d.file]! } : d;
    const bytes = await fetchFromMirrors(bases, d.file, sum, options);
    if (set.format === "idx") out.push({ path: join(dir, d.file), bytes });
    else out.push(...unpackCifar(bytes, d.file, dir));
  }
  writeAllAtomic(dir, out);
}

async function fetchFromMirrors(
  bases: readonly string[],
  file: string,
  sum: Checksum,
  options: NamedDataOptions,
): Promise<Uint8Array> {
  const failures: string[] = [];
  for (const base of bases) {
    const url = base.endsWith("/") ? `${base}${file}` : `${base}/${file}`;
    options.log?.(`downloading ${url}`);
    try {
      return await fetchVerified(url, sum, options.fetch);
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      failures.push(e.message);
    }
  }
  throw new DataError(failures.join("; "));
}

/** The six batch files of the CIFAR-10 binary archive, bound for `dir/cifar-10-batches-bin/`. */
function unpackCifar(archive: Uint8Array, shown: string, dir: string): { path: string; bytes: Uint8Array }[] {
  const entries = readTar(maybeGunzip(archive, shown), shown);
  const wanted = new Set<string>(NAMED_SETS.cifar10.files);
  const out = entries
    .filter((e) => wanted.has(basename(e.name)))
    .map((e) => ({ path: join(dir, CIFAR_DIR, basename(e.name)), bytes: e.data }));
  const got = new Set(out.map((o) => basename(o.path)));
  const missing = [...wanted].filter((w) => !got.has(w));
  if (missing.length > 0) throw new DataError(`${shown}: the archive lacks ${missing.join(", ")}`);
  return out;
}

/** Every file to a temp name first, then every rename: a failed write removes the temps and any new folder. */
function writeAllAtomic(dir: string, files: readonly { path: string; bytes: Uint8Array }[]): void {
  if (files.length === 0) return;
  const created: string[] = [];
  const written: string[] = [];
  try {
    for (const f of files) {
      const made = mkdirSync(dirname(f.path), { recursive: true });
      if (made !== undefined) created.push(made);
      writeFileSync(tempPath(f.path), f.bytes);
      written.push(tempPath(f.path));
    }
  } catch (e) {
    for (const t of written) rmSync(t, { force: true });
    for (const c of created.reverse()) rmSync(c, { recursive: true, force: true });
    throw new DataError(`${dir}: cannot write the downloaded files (${(e as Error).message})`);
  }
  for (const f of files) renameSync(tempPath(f.path), f.path);
}

function readNamedSet(set: NamedSet, files: ReadonlyMap<string, string>): DataSplits {
  const path = (f: string): string => files.get(f)!;
  if (set.format === "cifar10") {
    const batch = (f: string): Dataset => readCifarBatch(readDataFile(path(f)), path(f));
    const train = concatDatasets(set.files.filter((f) => f.startsWith("data_batch_")).map(batch));
    return { train, test: batch("test_batch.bin") };
  }
  const split = (images: string, labels: string): Dataset => {
    const img = readIdxFile(path(images));
    const rest = img.dims.slice(1);
    // the files hold [N, 28, 28]; the set's examples are [1, 28, 28]
    if (sizeOf(rest) !== sizeOf(set.exampleShape) || rest.length === 0) {
      throw new DataError(
        `${path(images)}: images of shape [${rest.join(", ")}], but \`${set.name}\` has [${set.exampleShape.slice(1).join(", ")}]`,
      );
    }
    const data = idxPair(img, readIdxFile(path(labels)), set.classes, {
      images: path(images),
      labels: path(labels),
    });
    return { ...data, exampleShape: [...set.exampleShape] };
  };
  return {
    train: split("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"),
    test: split("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"),
  };
}
