// The generic translation of each IR op to ONNX (compiler/export/onnx-ops.ts), on the ops and forms that no example's
// forward program holds (im2col outside a convolution, comparisons, broadcast, batch_size, argmax, one_hot, the
// transposed matmuls, reductions that drop their axes): small functions built here run in onnxruntime-web and on
// nnc's CPU backend, and agree; the ONNX checker accepts them.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ort from "onnxruntime-web";
import { afterAll, describe, expect, it } from "vitest";
import { CpuExecutor } from "../backends/cpu/executor.js";
import { lowerToCpu } from "../backends/cpu/lower.js";
import { encodeOnnx } from "../compiler/export/onnx.js";
import { Builder } from "../compiler/ir/builder.js";
import type { Func } from "../compiler/ir/types.js";
import type { Value } from "../compiler/ir/value.js";
import { Rng } from "../runtime/rng.js";
import { expectOnnxCheckerPasses } from "./onnx-check.js";

const dir = mkdtempSync(join(tmpdir(), "nnc-onnx-ops-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
ort.env.wasm.numThreads = 1;

const N = 3;
const written: string[] = [];

/** A function of x: [N, 2, 5, 5] (values in [-1, 1), a few exactly 0) and w: [10, 7], built by `body`. */
function func(name: string, body: (b: Builder, x: Value, w: Value) => Record<string, Value>): Func {
  const b = new Builder(name);
  const x = b.input("x", { dtype: "f32", shape: ["N", 2, 5, 5] });
  const w = b.input("w", { dtype: "f32", shape: [10, 7] });
  for (const [k, v] of Object.entries(body(b, x, w))) b.output(k, v);
  return b.finish();
}

async function agree(f: Func): Promise<void> {
  const rng = new Rng(5);
  const x = Float32Array.from({ length: N * 50 }, (_, i) => (i % 7 === 0 ? 0 : rng.uniform(-1, 1)));
  const w = Float32Array.from({ length: 70 }, () => rng.uniform(-1, 1));
  const expected = new CpuExecutor(lowerToCpu(f), N).run({ x, w }, N);
  const path = join(dir, `${f.name}.onnx`);
  writeFileSync(path, encodeOnnx(f, f.name, [{ name: "w", shape: [10, 7], data: w }]));
  written.push(path);
  const session = await ort.InferenceSession.create(path);
  const got = await session.run({ x: new ort.Tensor("float32", x, [N, 2, 5, 5]) });
  await session.release();
  for (const o of f.outputs) {
    const want = Float32Array.from(expected[o.name]!);
    const have = got[o.name]!.data as Float32Array;
    expect(have.length, o.name).toBe(want.length);
    want.forEach((v, i) =>
      expect(Math.abs(have[i]! - v), `${o.name}[${i}]`).toBeLessThan(1e-5 * Math.max(1, Math.abs(v))),
    );
  }
}

describe("each op's ONNX translation gives the CPU backend's values", () => {
  it("im2col alone, as a convolution by one-hot kernels", () =>
    agree(
      func("im2col", (b, x) => ({ y: b.im2col(x, { kernel: [3, 2], stride: [2, 1], pads: [1, 0, 0, 1] }) })),
    ));

  it("element-wise ops and comparisons", () =>
    agree(
      func("elementwise", (b, x) => ({
        abs: b.op("abs", [x], {}),
        log: b.log(b.add(b.op("abs", [x], {}), b.scalar(1))),
        sign: b.sign(x),
        step: b.step(x),
        pow: b.pow(x, b.scalar(2)),
        max: b.op("maximum", [x, b.scalar(0.25)], {}),
        eq: b.equal(x, b.scalar(0)),
        ge: b.greaterEqual(x, b.scalar(0)),
        sqrt: b.sqrt(b.op("abs", [x], {})),
        neg: b.op("tanh", [b.neg(x)], {}),
      })),
    ));

  it("broadcast, batch_size and reductions that drop their axes", () =>
    agree(
      func("shapes", (b, x) => {
        const total = b.sum(x, [1, 2, 3]); // [N]
        const spread = b.broadcast(b.reshape(total, ["N", 1, 1, 1]), ["N", 2, 5, 5]);
        return {
          spread: b.mul(spread, b.op("batch_size", [], {})),
          max: b.op("reduce_max", [x], { axes: [-1], keepdims: false }),
          all: b.sum(x, [0, 1, 2, 3]),
        };
      }),
    ));

  it("argmax, cast and one_hot", () =>
    agree(
      func("classes", (b, x) => {
        const rows = b.reshape(x, ["N", 50]);
        const k = b.op("argmax", [rows], {});
        return { k: b.op("cast", [k], {}), onehot: b.op("one_hot", [k], { classes: 50 }) };
      }),
    ));

  it("matmul in its four forms, on matrices and on a batch of matrices", () =>
    agree(
      func("matmul", (b, x, w) => {
        const rows = b.reshape(x, ["N", 10, 5]);
        const h = b.matmul(b.reshape(x, ["N", 5, 10]), w); // [N, 5, 7]
        return {
          plain: h,
          bt: b.matmul(rows, b.reshape(w, [14, 5]), { transposeB: true }), // [N, 10, 14]
          at: b.matmul(rows, b.exp(rows), { transposeA: true }), // [5, 5]
          atbt: b.matmul(w, b.reshape(w, [7, 10]), { transposeA: true, transposeB: true }), // [7, 7]
        };
      }),
    ));

  it("passes the ONNX checker", () => expectOnnxCheckerPasses(written), 60_000);
});
