// What a checkpoint says about the run that made it (as LightningCLI saves the effective config beside each run):
// the exact source of the `.nn` file and of every file it imports, the `--set` overrides, the seed, the backend
// and nnc's version. It goes into the safetensors `__metadata__`, whose values are strings, as JSON strings under
// their own keys, so the tensors (and PyTorch's reading of them) are untouched. Out of a checkpoint comes the
// record again and a file host that serves the embedded files, so the program compiles without the `.nn` file.

import { dirname, resolve } from "node:path";
import type { FileHost } from "../compiler/frontend/imports.js";
import type { CompiledProgram } from "../compiler/pipeline.js";
import { CheckpointError, type LoadedCheckpoint } from "./checkpoint/index.js";
import { resolveImport } from "./read-source.js";

/** One source file as the compiler read it: its path as written (the entry's as given, an import's resolved). */
export interface SourceText {
  readonly path: string;
  readonly text: string;
}

export interface RunRecord {
  /** The `.nn` file compiled, then every file it imports. */
  readonly files: readonly SourceText[];
  /** The absolute folder of the entry file: `idx` and `csv` data paths are relative to it. */
  readonly folder: string;
  /** `--set NAME=VALUE` overrides, name → value as typed. */
  readonly overrides: Readonly<Record<string, string>>;
  /** The backend that ran, when one did. */
  readonly backend?: string;
  readonly seed?: number;
  /** nnc's version (the CLI's package.json). */
  readonly version: string;
}

/** The metadata keys of the record (the model's name is `model`, written with every checkpoint). */
export const RECORD_KEYS = {
  files: "source_files",
  folder: "source_folder",
  overrides: "overrides",
  backend: "backend",
  seed: "seed",
  version: "nnc_version",
} as const;

export interface RunRecordOptions {
  readonly overrides?: Readonly<Record<string, string>>;
  readonly backend?: string;
  readonly seed?: number;
  readonly version: string;
  /** The folder a relative `entryPath` is relative to (the CLI's working directory). */
  readonly cwd: string;
}

/** The record of a program compiled from `entryPath`. */
export function runRecord(program: CompiledProgram, entryPath: string, o: RunRecordOptions): RunRecord {
  return {
    files: program.files.map((f) => ({ path: f.name, text: f.text })),
    folder: dirname(resolve(o.cwd, entryPath)),
    overrides: { ...(o.overrides ?? {}) },
    ...(o.backend !== undefined && { backend: o.backend }),
    ...(o.seed !== undefined && { seed: o.seed }),
    version: o.version,
  };
}

/** The record as safetensors metadata: strings, the structured parts as JSON. */
export function recordMetadata(r: RunRecord): Record<string, string> {
  return {
    [RECORD_KEYS.files]: JSON.stringify(r.files.map((f) => ({ path: f.path, text: f.text }))),
    [RECORD_KEYS.folder]: r.folder,
    [RECORD_KEYS.overrides]: JSON.stringify(r.overrides),
    ...(r.backend !== undefined && { [RECORD_KEYS.backend]: r.backend }),
    ...(r.seed !== undefined && { [RECORD_KEYS.seed]: String(r.seed) }),
    [RECORD_KEYS.version]: r.version,
  };
}

/** A checkpoint's record and the model it holds; a one-line CheckpointError when it is not an nnc run's. */
export function readRunRecord(ckpt: LoadedCheckpoint): RunRecord & { readonly model: string } {
  const meta = ckpt.metadata;
  const file = ckpt.file;
  if (meta["format"] !== "nnc" || meta["model"] === undefined)
    throw new CheckpointError(`${file}: not an nnc checkpoint (its metadata names no nnc model)`);
  const filesText = meta[RECORD_KEYS.files];
  if (filesText === undefined) {
    throw new CheckpointError(
      `${file}: holds no source (it was saved without a run record): give the \`.nn\` file and \`--weights ${file}\``,
    );
  }
  const files = parseJson(file, RECORD_KEYS.files, filesText);
  if (
    !Array.isArray(files) ||
    files.length === 0 ||
    !files.every((f) => isObject(f) && typeof f["path"] === "string" && typeof f["text"] === "string")
  ) {
    throw new CheckpointError(
      `${file}: \`${RECORD_KEYS.files}\` in its metadata is not a list of {path, text} files`,
    );
  }
  const overrides = parseJson(file, RECORD_KEYS.overrides, meta[RECORD_KEYS.overrides] ?? "{}");
  if (!isObject(overrides) || !Object.values(overrides).every((v) => typeof v === "string"))
    throw new CheckpointError(
      `${file}: \`${RECORD_KEYS.overrides}\` in its metadata is not an object of strings`,
    );
  const seedText = meta[RECORD_KEYS.seed];
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seed !== undefined && !Number.isSafeInteger(seed))
    throw new CheckpointError(`${file}: \`${RECORD_KEYS.seed}\` in its metadata is not an integer`);
  const backend = meta[RECORD_KEYS.backend];
  return {
    model: meta["model"],
    files: (files as { path: string; text: string }[]).map((f) => ({ path: f.path, text: f.text })),
    folder: meta[RECORD_KEYS.folder] ?? ".",
    overrides: overrides as Record<string, string>,
    ...(backend !== undefined && { backend }),
    ...(seed !== undefined && { seed }),
    version: meta[RECORD_KEYS.version] ?? "unknown",
  };
}

/** Serves the record's files to the compiler: imports resolve as they did on the disk, to the embedded texts. */
export function recordHost(r: RunRecord): FileHost {
  const texts = new Map(r.files.map((f) => [f.path, f.text]));
  return {
    readFile: (path) => texts.get(path),
    problem: () => undefined,
    resolve: resolveImport,
  };
}

function parseJson(file: string, key: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CheckpointError(
      `${file}: \`${key}\` in its metadata is not valid JSON (${(e as Error).message})`,
    );
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
