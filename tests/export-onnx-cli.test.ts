// `nnc export FILE --to onnx --weights CKPT -o OUT` end to end: the built CLI (the rolldown bundle, which carries the
// protobuf code) writes what `exportOnnx()` makes of the checkpoint, and an ONNX runtime runs it; a bad output path,
// missing weights or another model's checkpoint are one line and exit 1 or 2, and no file is written.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ort from "onnxruntime-web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../cli/run.js";
import { compile, exportOnnx, saveWeights, type CompiledModel } from "../index.js";
import { initialise, type Weights } from "../runtime/init.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "dist", "nnc.mjs");
const spiral = join(root, "examples", "spiral.nn");
const dir = mkdtempSync(join(tmpdir(), "nnc-export-"));
const path = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function nnc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

function modelOf(file: string): CompiledModel {
  return compile(readFileSync(file, "utf8"), { filename: file }).program!.models[0]!;
}

let model: CompiledModel;
let weights: Weights;

beforeAll(() => {
  model = modelOf(spiral);
  weights = initialise(model, 7);
  saveWeights(path("Spiral.safetensors"), model, weights);
  ort.env.wasm.numThreads = 1;
});

describe("nnc export --to onnx", () => {
  it("writes the checkpoint's model through the built CLI, and an ONNX runtime runs it", async () => {
    const out = path("spiral.onnx");
    const r = spawnSync(
      process.execPath,
      [bin, "export", spiral, "--to", "onnx", "--weights", path("Spiral.safetensors"), "-o", out],
      { encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^wrote .*spiral\.onnx: ONNX opset 13, input `point` \[N, 2\] → `scores`, [\d,]+ parameters\n$/,
    );
    const bytes = readFileSync(out);
    expect(Buffer.compare(bytes, Buffer.from(exportOnnx(model, weights)))).toBe(0);
    const session = await ort.InferenceSession.create(bytes);
    const y = await session.run({
      point: new ort.Tensor("float32", Float32Array.of(0.5, -0.25, 0, 1), [2, 2]),
    });
    expect(y["scores"]!.dims).toEqual([2, 3]);
    await session.release();
  });

  it("checks the output path before reading anything", async () => {
    const r = await nnc(
      "export",
      spiral,
      "--to",
      "onnx",
      "--weights",
      path("absent.safetensors"),
      "-o",
      path("no/such/m.onnx"),
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^error: -o `.*m\.onnx`: the folder `.*no\/such` does not exist; create it first\n$/,
    );
  });

  it("needs --weights", async () => {
    const r = await nnc("export", spiral, "--to", "onnx", "-o", path("w.onnx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("needs `--weights CKPT`");
    expect(existsSync(path("w.onnx"))).toBe(false);
  });

  it("refuses another model's checkpoint in one line", async () => {
    const lenet = join(root, "examples", "lenet.nn");
    const r = await nnc(
      "export",
      lenet,
      "--to",
      "onnx",
      "--weights",
      path("Spiral.safetensors"),
      "-o",
      path("l.onnx"),
    );
    expect(r.code).toBe(1);
    expect(r.err.split("\n").filter(Boolean)).toHaveLength(1);
    expect(existsSync(path("l.onnx"))).toBe(false);
  });
});
