// `exportOnnx()` (issue 12): every example, and a model that uses every layer, exported with random weights; a real
// ONNX runtime (onnxruntime-web: WebAssembly, no native binaries) runs each on random inputs and gives nnc's CPU
// forward scores within 1e-5 (relative to the largest score of the batch: see `within`); the files pass the ONNX
// checker of Debian's python3-onnx (with CI=true a missing module is a failure, elsewhere a skip with a message);
// and the graph has what deployment tools look for: the input's name, a symbolic batch axis, `scores`, initializers
// under checkpoint names, Conv and Gemm nodes.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import onnxProto from "onnx-proto";
import * as ort from "onnxruntime-web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile, exportOnnx, type CompiledModel } from "../index.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import { initialise, type Weights } from "../runtime/init.js";
import { Rng } from "../runtime/rng.js";
import { expectOnnxCheckerPasses } from "./onnx-check.js";

const root = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "nnc-onnx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every standard layer, arithmetic with constants, and both forms of the layers that have a bias. */
const EVERY_LAYER = `
model EveryLayer {
  input  x: [2, 9, 9]
  target y: class(4)
  network {
    a = x -> conv2d(4, 3, stride=2, padding=same) -> batchnorm -> leaky_relu(0.1)
    b = a -> avgpool(3, stride=2, padding=1) -> elu(0.5)
    c = b -> maxpool(2, stride=1, padding=same) -> tanh
    d = b -> conv2d(4, [2, 1], padding=same, bias=false) -> sigmoid
    e = (c - d) * 0.5 / (d + 1) - -c
    return e -> dropout(0.3) -> reshape([4, 9]) -> linear(6) -> relu -> flatten -> batchnorm -> linear(5, bias=false) -> linear(4) -> softmax
  }
  loss      cross_entropy
  optimizer sgd(lr=0.1)
}
`;

interface Case {
  readonly name: string;
  readonly model: CompiledModel;
  readonly weights: Weights;
  readonly path: string;
}

function compiled(source: string, filename: string): CompiledModel {
  const r = compile(source, { filename });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.render()).join("\n"));
  return r.program!.models[0]!;
}

/** Random weights as `initialise` draws them, with batchnorm's scale, shift and running statistics drawn too. */
function weightsFor(m: CompiledModel, seed: number): Weights {
  const w = initialise(m, seed);
  const rng = new Rng(seed + 1);
  for (const p of m.params) {
    const v = w.get(p.name)!;
    if (p.name.endsWith("running_var")) v.forEach((_, i) => (v[i] = rng.uniform(0.5, 2)));
    else if (p.role === "buffer" || p.role === "norm") v.forEach((_, i) => (v[i] = rng.uniform(-1, 1)));
  }
  return w;
}

function randomInput(m: CompiledModel, n: number, seed: number): Float32Array {
  const rng = new Rng(seed);
  const count = n * m.input.shape.reduce((a, b) => a * b, 1);
  return Float32Array.from({ length: count }, () => rng.uniform(0, 1));
}

function nncScores(m: CompiledModel, weights: Weights, x: Float32Array, n: number): Float32Array {
  const executor = new CpuExecutor(m.programs.cpu(m.programs.forward, { cpuKernels: "wasm" }), n);
  return Float32Array.from(executor.run({ ...Object.fromEntries(weights), [m.input.name]: x }, n)["scores"]!);
}

async function onnxScores(c: Case, x: Float32Array, n: number): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(readFileSync(c.path));
  try {
    const feeds = { [c.model.input.name]: new ort.Tensor("float32", x, [n, ...c.model.input.shape]) };
    const out = await session.run(feeds);
    return out["scores"]!.data as Float32Array;
  } finally {
    await session.release();
  }
}

/**
 * The largest difference over the largest magnitude of nnc's scores (at least 1): relative for scores of ordinary
 * size, absolute for a batch whose scores are all near zero, where a relative difference measures only rounding.
 */
function within(a: Float32Array, b: Float32Array): number {
  let diff = 0;
  let scale = 1;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
    scale = Math.max(scale, Math.abs(b[i]!));
  }
  return diff / scale;
}

const examples = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".nn"));
const cases: Case[] = [];

beforeAll(() => {
  ort.env.wasm.numThreads = 1;
  const sources = [
    ...examples.map((f) => ({ name: f, source: readFileSync(join(root, "examples", f), "utf8") })),
    { name: "every_layer.nn", source: EVERY_LAYER },
    // graph form with constants, `concat` and named stages (LANGUAGE §4a, §5)
    { name: "constants.nn", source: readFileSync(join(root, "tests/golden/language/constants.nn"), "utf8") },
  ];
  sources.forEach(({ name, source }, i) => {
    const model = compiled(source, join(dir, name));
    const weights = weightsFor(model, 100 + i);
    const path = join(dir, name.replace(/\.nn$/, ".onnx"));
    writeFileSync(path, exportOnnx(model, weights));
    cases.push({ name, model, weights, path });
  });
}, 120_000);

describe("an ONNX runtime runs the exported models", () => {
  for (const name of [...examples, "every_layer.nn", "constants.nn"]) {
    it(`gives nnc's scores for ${name}`, async () => {
      const c = cases.find((k) => k.name === name)!;
      // AlexNet's 227×227 inputs take seconds a batch on both sides; two examples say as much as five.
      for (const n of c.model.parameterCount > 1e7 ? [2] : [1, 5]) {
        const x = randomInput(c.model, n, n);
        const expected = nncScores(c.model, c.weights, x, n);
        const got = await onnxScores(c, x, n);
        expect(got.length).toBe(expected.length);
        const err = within(got, expected);
        console.log(
          `${name}, batch ${n}: largest difference ${err.toExponential(2)} (relative to max(1, |scores|))`,
        );
        expect(err).toBeLessThan(1e-5);
      }
    }, 120_000);
  }
});

describe("the exported graph", () => {
  const graphOf = (name: string) =>
    onnxProto.onnx.ModelProto.decode(readFileSync(cases.find((c) => c.name === name)!.path)).graph!;

  it("names the input as the model does, with a symbolic batch axis, and the output `scores`", () => {
    const g = graphOf("lenet.nn");
    expect(g.input!.map((i) => i.name)).toEqual(["image"]);
    const dims = g.input![0]!.type!.tensorType!.shape!.dim!;
    expect(dims.map((d) => d.dimParam || Number(d.dimValue))).toEqual(["N", 1, 28, 28]);
    expect(g.output!.map((o) => o.name)).toEqual(["scores"]);
    expect(g.output![0]!.type!.tensorType!.shape!.dim![0]!.dimParam).toBe("N");
  });

  it("holds the weights as initializers under their checkpoint names", () => {
    const c = cases.find((k) => k.name === "every_layer.nn")!;
    const names = graphOf("every_layer.nn")
      .initializer!.map((t) => t.name)
      .sort();
    expect(names).toEqual(c.model.params.map((p) => p.name).sort());
  });

  it("writes convolutions as Conv, linear layers on matrices as Gemm, softmax and batchnorm as one node", () => {
    const ops = (name: string) => graphOf(name).node!.map((n) => n.opType);
    expect(ops("lenet.nn").filter((o) => o === "Conv")).toHaveLength(2);
    expect(ops("lenet.nn")).not.toContain("MatMul");
    expect(ops("alexnet.nn").filter((o) => o === "Gemm")).toHaveLength(3);
    const every = ops("every_layer.nn");
    for (const op of ["Conv", "BatchNormalization", "Softmax", "AveragePool", "MaxPool", "Gemm"])
      expect(every).toContain(op);
    expect(every).not.toContain("Dropout");
  });
});

describe("the ONNX checker", () => {
  it("accepts every exported model", () => expectOnnxCheckerPasses(cases.map((c) => c.path)), 120_000);
});
