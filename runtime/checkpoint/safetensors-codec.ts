// safetensors bytes (the format PyTorch and Hugging Face use; LANGUAGE §10): named float32 tensors and string
// metadata in, bytes out, and back, with every part of the header checked. No file system here: the playground
// encodes its downloads with it; safetensors.ts reads and writes files.

import { UserError } from "../user-error.js";

/**
 * A checkpoint that cannot be read or written: a one-line message naming the file and the problem. The CLI
 * prints the message alone; the file is at fault, not the program. Its own name, which tests tell apart.
 */
export class CheckpointError extends UserError {
  override readonly name = "CheckpointError";
}

export interface NamedTensor {
  readonly name: string;
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

export interface LoadedTensor {
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

export interface LoadedCheckpoint {
  /** The path as given, for messages. */
  readonly file: string;
  readonly tensors: ReadonlyMap<string, LoadedTensor>;
  readonly metadata: Readonly<Record<string, string>>;
}

const METADATA_KEY = "__metadata__";
// the reference implementation refuses headers above 100 MB; so do we, before allocating for one
const MAX_HEADER = 100_000_000;
// the dtypes safetensors defines, to tell "unsupported" from "not a dtype at all"
const KNOWN_DTYPES = new Set([
  "BOOL",
  "U8",
  "I8",
  "F8_E5M2",
  "F8_E4M3",
  "I16",
  "U16",
  "F16",
  "BF16",
  "I32",
  "U32",
  "F32",
  "F64",
  "I64",
  "U64",
]);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const fmt = (shape: readonly number[]): string => `[${shape.join(", ")}]`;
const count = (shape: readonly number[]): number => shape.reduce((p, d) => p * d, 1);

/** The float32 values as little-endian bytes (a view on little-endian hosts, a swapped copy otherwise). */
function leBytes(data: Float32Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const out = new Uint8Array(data.byteLength);
  const view = new DataView(out.buffer);
  data.forEach((v, i) => view.setFloat32(4 * i, v, true));
  return out;
}

/** Float32 values from little-endian bytes; always a copy, since the bytes need not be 4-byte aligned. */
function fromLeBytes(bytes: Uint8Array): Float32Array {
  const copy = bytes.slice();
  if (LITTLE_ENDIAN) return new Float32Array(copy.buffer, 0, copy.byteLength / 4);
  const view = new DataView(copy.buffer);
  return Float32Array.from({ length: copy.byteLength / 4 }, (_, i) => view.getFloat32(4 * i, true));
}

/** The header and data of a safetensors file, as bytes. */
export function encodeSafetensors(
  tensors: readonly NamedTensor[],
  metadata?: Readonly<Record<string, string>>,
): Uint8Array {
  const header: Record<string, unknown> = {};
  if (metadata !== undefined && Object.keys(metadata).length > 0) header[METADATA_KEY] = { ...metadata };
  let offset = 0;
  for (const t of tensors) {
    if (t.name === "" || t.name === METADATA_KEY)
      throw new CheckpointError(`invalid tensor name \`${t.name}\``);
    if (Object.hasOwn(header, t.name)) throw new CheckpointError(`tensor \`${t.name}\` appears twice`);
    if (!t.shape.every((d) => Number.isInteger(d) && d >= 0)) {
      throw new CheckpointError(`tensor \`${t.name}\` has an invalid shape ${fmt(t.shape)}`);
    }
    if (t.data.length !== count(t.shape)) {
      throw new CheckpointError(
        `tensor \`${t.name}\` has ${t.data.length} values but its shape ${fmt(t.shape)} needs ${count(t.shape)}`,
      );
    }
    header[t.name] = {
      dtype: "F32",
      shape: [...t.shape],
      data_offsets: [offset, offset + t.data.byteLength],
    };
    offset += t.data.byteLength;
  }
  // padded with spaces so the data starts 8-byte aligned, as the reference writer does
  let json = JSON.stringify(header);
  const encoder = new TextEncoder();
  json += " ".repeat((8 - (encoder.encode(json).length % 8)) % 8);
  const headerBytes = encoder.encode(json);
  const out = new Uint8Array(8 + headerBytes.length + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(headerBytes.length), true);
  out.set(headerBytes, 8);
  let at = 8 + headerBytes.length;
  for (const t of tensors) {
    out.set(leBytes(t.data), at);
    at += t.data.byteLength;
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const isIndex = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/** Decodes safetensors bytes; `file` names the file in messages. */
export function decodeSafetensors(bytes: Uint8Array, file: string): LoadedCheckpoint {
  const fail = (what: string): never => {
    throw new CheckpointError(`${file}: ${what}`);
  };
  if (bytes.length < 8) fail(`too short to be a safetensors file (${bytes.length} bytes)`);
  const n = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(0, true);
  if (n > BigInt(bytes.length - 8)) {
    fail(
      `the header length ${n} runs past the end of the file (${bytes.length} bytes); not a safetensors file?`,
    );
  }
  if (n > BigInt(MAX_HEADER)) fail(`the header is ${n} bytes, more than the ${MAX_HEADER} allowed`);
  const headerLength = Number(n);
  let header: unknown;
  try {
    header = JSON.parse(
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(8, 8 + headerLength)),
    );
  } catch (e) {
    fail(`the header is not valid JSON (${(e as Error).message.split("\n")[0]})`);
  }
  if (!isRecord(header)) return fail("the header is not a JSON object");
  const data = bytes.subarray(8 + headerLength);
  const metadata: Record<string, string> = {};
  const tensors = new Map<string, LoadedTensor>();
  const spans: { name: string; begin: number; end: number }[] = [];
  for (const [name, entry] of Object.entries(header)) {
    if (name === METADATA_KEY) {
      if (!isRecord(entry)) fail("`__metadata__` is not an object of strings");
      for (const [k, v] of Object.entries(entry as Record<string, unknown>)) {
        if (typeof v !== "string") fail(`metadata \`${k}\` is not a string`);
        metadata[k] = v as string;
      }
      continue;
    }
    if (!isRecord(entry)) return fail(`the header entry for \`${name}\` is not an object`);
    const { dtype, shape, data_offsets: offsets } = entry;
    if (typeof dtype !== "string") return fail(`tensor \`${name}\` has no dtype`);
    if (dtype !== "F32") {
      fail(
        KNOWN_DTYPES.has(dtype)
          ? `tensor \`${name}\` is ${dtype}; only float32 (F32) checkpoints are supported, convert it to float32 first`
          : `tensor \`${name}\` has unknown dtype \`${dtype}\``,
      );
    }
    if (!Array.isArray(shape) || !shape.every(isIndex))
      return fail(`tensor \`${name}\` has an invalid shape`);
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isIndex)) {
      return fail(`tensor \`${name}\` has invalid data_offsets (expected [begin, end])`);
    }
    const [begin, end] = offsets as [number, number];
    if (begin > end)
      fail(`tensor \`${name}\` has data_offsets [${begin}, ${end}] that end before they begin`);
    if (end > data.length) {
      fail(
        `tensor \`${name}\` has data_offsets [${begin}, ${end}] past the end of the data (${data.length} bytes)`,
      );
    }
    if (end - begin !== 4 * count(shape)) {
      fail(
        `tensor \`${name}\` has ${end - begin} bytes of data but its shape ${fmt(shape)} needs ${4 * count(shape)}`,
      );
    }
    spans.push({ name, begin, end });
    tensors.set(name, { shape, data: fromLeBytes(data.subarray(begin, end)) });
  }
  // like the reference reader: the tensors tile the data exactly, no overlaps, gaps or trailing bytes
  spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let at = 0;
  let previous = "";
  for (const s of spans) {
    if (s.begin < at) fail(`the data of tensors \`${previous}\` and \`${s.name}\` overlap`);
    if (s.begin > at) fail(`bytes ${at}..${s.begin} of the data belong to no tensor`);
    at = s.end;
    previous = s.name;
  }
  if (at !== data.length) fail(`${data.length - at} bytes after the last tensor's data belong to no tensor`);
  return { file, tensors, metadata };
}

/**
 * What stops `loaded` from filling a model with these parameters: missing keys, keys the model lacks, and shapes
 * that differ. Empty when it fits.
 */
export function checkAgainst(
  expected: readonly { readonly name: string; readonly shape: readonly number[] }[],
  loaded: LoadedCheckpoint,
): string[] {
  const problems: string[] = [];
  const wanted = new Set(expected.map((e) => e.name));
  for (const e of expected) {
    const t = loaded.tensors.get(e.name);
    if (t === undefined) {
      problems.push(
        `\`${e.name}\` is missing from ${loaded.file}; the model needs it with shape ${fmt(e.shape)}`,
      );
    } else if (t.shape.length !== e.shape.length || t.shape.some((d, i) => d !== e.shape[i])) {
      problems.push(
        `\`${e.name}\` has shape ${fmt(t.shape)} in ${loaded.file}, the model needs ${fmt(e.shape)}`,
      );
    }
  }
  for (const name of loaded.tensors.keys()) {
    if (!wanted.has(name)) problems.push(`\`${name}\` in ${loaded.file} is not a parameter of the model`);
  }
  return problems;
}
