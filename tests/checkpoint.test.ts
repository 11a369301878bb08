// safetensors checkpoints: the byte layout against a hand-built file, round trips, atomic writes, every corrupt
// or unsupported file as a one-line CheckpointError, and the check of a checkpoint against a model's parameters.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  CheckpointError,
  checkAgainst,
  readSafetensors,
  writeSafetensors,
  type LoadedCheckpoint,
} from "../runtime/checkpoint/index.js";

const dir = mkdtempSync(join(tmpdir(), "nnc-ckpt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A safetensors file from a header object (serialized as given, unpadded) and raw data bytes. */
function handBuilt(header: unknown, data: number[] | Buffer = [], headerText?: string): Buffer {
  const json = Buffer.from(headerText ?? JSON.stringify(header), "utf8");
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(json.length));
  return Buffer.concat([length, json, Buffer.from(data)]);
}

/** Little-endian float32 bytes. */
function f32le(values: number[]): Buffer {
  const b = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => b.writeFloatLE(v, 4 * i));
  return b;
}

let fileCount = 0;
function fileWith(bytes: Buffer): string {
  const path = join(dir, `f${fileCount++}.safetensors`);
  writeFileSync(path, bytes);
  return path;
}

/** The CheckpointError reading `bytes` gives, checked to be one line naming the file. */
function readError(bytes: Buffer): string {
  const path = fileWith(bytes);
  try {
    readSafetensors(path);
  } catch (e) {
    expect(e).toBeInstanceOf(CheckpointError);
    const message = (e as Error).message;
    expect(message).not.toContain("\n");
    expect(message.startsWith(`${path}: `)).toBe(true);
    return message.slice(path.length + 2);
  }
  throw new Error("expected a CheckpointError");
}

describe("writeSafetensors", () => {
  it("writes the byte layout of the format: u64 LE header length, padded JSON header, LE float32 data", () => {
    const path = join(dir, "layout.safetensors");
    writeSafetensors(
      path,
      [
        { name: "linear1.weight", shape: [2, 1], data: new Float32Array([1, -2]) },
        { name: "linear1.bias", shape: [1], data: new Float32Array([0.5]) },
      ],
      { format: "pt" },
    );
    const json =
      '{"__metadata__":{"format":"pt"},' +
      '"linear1.weight":{"dtype":"F32","shape":[2,1],"data_offsets":[0,8]},' +
      '"linear1.bias":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}}';
    const padded = json + " ".repeat((8 - (json.length % 8)) % 8);
    const expected = Buffer.concat([
      Buffer.from([padded.length, 0, 0, 0, 0, 0, 0, 0]),
      Buffer.from(padded),
      // 1.0, -2.0, 0.5 as IEEE 754 single precision, little-endian
      Buffer.from([0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x3f]),
    ]);
    expect(padded.length % 8).toBe(0);
    expect(readFileSync(path)).toEqual(expected);
  });

  it("round-trips tensors, shapes and metadata exactly", () => {
    const path = join(dir, "round.safetensors");
    const values = Float32Array.from({ length: 6 * 5 }, (_, i) => Math.sin(i) * 1e3);
    values[3] = NaN;
    values[4] = -Infinity;
    values[5] = -0;
    const tensors = [
      { name: "conv.weight", shape: [6, 5], data: values },
      { name: "scale", shape: [], data: new Float32Array([2.5]) },
      { name: "empty", shape: [0, 3], data: new Float32Array(0) },
    ];
    writeSafetensors(path, tensors, { epoch: "3", "nnc.model": "Mlp" });
    const loaded = readSafetensors(path);
    expect([...loaded.tensors.keys()]).toEqual(["conv.weight", "scale", "empty"]);
    expect(loaded.tensors.get("conv.weight")!.shape).toEqual([6, 5]);
    expect(loaded.tensors.get("conv.weight")!.data).toEqual(values);
    expect(Object.is(loaded.tensors.get("conv.weight")!.data[5], -0)).toBe(true);
    expect(loaded.tensors.get("scale")).toEqual({ shape: [], data: new Float32Array([2.5]) });
    expect(loaded.tensors.get("empty")).toEqual({ shape: [0, 3], data: new Float32Array(0) });
    expect(loaded.metadata).toEqual({ epoch: "3", "nnc.model": "Mlp" });
    expect(loaded.file).toBe(path);
  });

  it("replaces a file atomically and keeps the old one when the write fails", () => {
    const path = join(dir, "atomic.safetensors");
    writeSafetensors(path, [{ name: "w", shape: [1], data: new Float32Array([1]) }]);
    writeSafetensors(path, [{ name: "w", shape: [1], data: new Float32Array([2]) }]);
    expect(readSafetensors(path).tensors.get("w")!.data[0]).toBe(2);
    const before = readFileSync(path);
    expect(() => writeSafetensors(path, [{ name: "w", shape: [2], data: new Float32Array([3]) }])).toThrow(
      `${path}: tensor \`w\` has 1 values but its shape [2] needs 2`,
    );
    expect(() =>
      writeSafetensors(join(dir, "no-such-dir", "x.safetensors"), [
        { name: "w", shape: [], data: new Float32Array(1) },
      ]),
    ).toThrow(CheckpointError);
    expect(readFileSync(path)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("rejects duplicate names", () => {
    const t = { name: "w", shape: [1], data: new Float32Array(1) };
    expect(() => writeSafetensors(join(dir, "dup.safetensors"), [t, t])).toThrow("tensor `w` appears twice");
    expect(existsSync(join(dir, "dup.safetensors"))).toBe(false);
  });
});

describe("readSafetensors", () => {
  it("reads a hand-built file as another writer lays it out (unpadded header, any key order)", () => {
    const header = {
      b: { dtype: "F32", shape: [2], data_offsets: [0, 8] },
      __metadata__: { format: "pt" },
      a: { shape: [1, 1], data_offsets: [8, 12], dtype: "F32" },
    };
    const loaded = readSafetensors(fileWith(handBuilt(header, f32le([3, 4, 5]))));
    expect(loaded.tensors.get("b")!.data).toEqual(new Float32Array([3, 4]));
    expect(loaded.tensors.get("a")).toEqual({ shape: [1, 1], data: new Float32Array([5]) });
    expect(loaded.metadata).toEqual({ format: "pt" });
  });

  it("rejects a file too short, a header past the end, and a header that is not JSON", () => {
    expect(readError(Buffer.from([1, 2, 3]))).toBe("too short to be a safetensors file (3 bytes)");
    const long = Buffer.alloc(16);
    long.writeBigUInt64LE(1000n);
    expect(readError(long)).toBe(
      "the header length 1000 runs past the end of the file (16 bytes); not a safetensors file?",
    );
    expect(readError(handBuilt(undefined, [], '{"a": {"dtype": '))).toMatch(/^the header is not valid JSON/);
    expect(readError(handBuilt([1, 2]))).toBe("the header is not a JSON object");
    expect(readError(handBuilt({ __metadata__: { epoch: 3 } }))).toBe("metadata `epoch` is not a string");
  });

  it("accepts only float32, saying so", () => {
    for (const dtype of ["F16", "BF16", "F64"]) {
      expect(readError(handBuilt({ w: { dtype, shape: [1], data_offsets: [0, 2] } }, [0, 0]))).toBe(
        `tensor \`w\` is ${dtype}; only float32 (F32) checkpoints are supported, convert it to float32 first`,
      );
    }
    expect(
      readError(handBuilt({ w: { dtype: "F33", shape: [1], data_offsets: [0, 4] } }, [0, 0, 0, 0])),
    ).toBe("tensor `w` has unknown dtype `F33`");
  });

  it("rejects offsets out of range, overlapping, leaving gaps or not matching the shape", () => {
    const entry = (shape: number[], offsets: number[]) => ({ dtype: "F32", shape, data_offsets: offsets });
    expect(readError(handBuilt({ w: entry([2], [0, 8]) }, f32le([1])))).toBe(
      "tensor `w` has data_offsets [0, 8] past the end of the data (4 bytes)",
    );
    expect(readError(handBuilt({ w: entry([2], [0, 4]) }, f32le([1])))).toBe(
      "tensor `w` has 4 bytes of data but its shape [2] needs 8",
    );
    expect(readError(handBuilt({ w: entry([1], [4, 0]) }, f32le([1])))).toBe(
      "tensor `w` has data_offsets [4, 0] that end before they begin",
    );
    expect(readError(handBuilt({ a: entry([2], [0, 8]), b: entry([2], [4, 12]) }, f32le([1, 2, 3])))).toBe(
      "the data of tensors `a` and `b` overlap",
    );
    expect(readError(handBuilt({ a: entry([1], [4, 8]) }, f32le([1, 2])))).toBe(
      "bytes 0..4 of the data belong to no tensor",
    );
    expect(readError(handBuilt({ a: entry([1], [0, 4]) }, f32le([1, 2])))).toBe(
      "4 bytes after the last tensor's data belong to no tensor",
    );
    expect(readError(handBuilt({ a: entry([-1], [0, 4]) }, f32le([1])))).toBe(
      "tensor `a` has an invalid shape",
    );
    expect(readError(handBuilt({ a: { dtype: "F32", shape: [1] } }, f32le([1])))).toBe(
      "tensor `a` has invalid data_offsets (expected [begin, end])",
    );
  });

  it("reports a missing file", () => {
    const path = join(dir, "absent.safetensors");
    expect(() => readSafetensors(path)).toThrow(`${path}: file not found`);
  });
});

describe("checkAgainst", () => {
  const loaded: LoadedCheckpoint = {
    file: "model.safetensors",
    metadata: {},
    tensors: new Map([
      ["linear1.weight", { shape: [10, 784], data: new Float32Array(7840) }],
      ["linear1.bias", { shape: [512], data: new Float32Array(512) }],
      ["extra.bias", { shape: [3], data: new Float32Array(3) }],
    ]),
  };

  it("lists wrong shapes, missing keys and unexpected keys", () => {
    const expected = [
      { name: "linear1.weight", shape: [512, 784] },
      { name: "linear1.bias", shape: [512] },
      { name: "linear2.weight", shape: [10, 512] },
    ];
    expect(checkAgainst(expected, loaded)).toEqual([
      "`linear1.weight` has shape [10, 784] in model.safetensors, the model needs [512, 784]",
      "`linear2.weight` is missing from model.safetensors; the model needs it with shape [10, 512]",
      "`extra.bias` in model.safetensors is not a parameter of the model",
    ]);
  });

  it("is empty when the checkpoint fits", () => {
    const written = join(dir, "fits.safetensors");
    writeSafetensors(written, [{ name: "w", shape: [2, 3], data: new Float32Array(6) }]);
    expect(checkAgainst([{ name: "w", shape: [2, 3] }], readSafetensors(written))).toEqual([]);
    expect(checkAgainst([{ name: "w", shape: [6] }], readSafetensors(written))).toEqual([
      `\`w\` has shape [2, 3] in ${written}, the model needs [6]`,
    ]);
  });
});
