// The CPU backend's WebAssembly SIMD element-wise loops (backends/cpu/elementwise-simd.ts) against its JavaScript
// loops, on the values where they could part: NaN, signed zeros, infinities, ties, and lengths that are not a
// multiple of four lanes. One op is rounded once either way, so they agree bit for bit; a chain within f32 rounding.

import { describe, expect, it } from "vitest";
import { Builder } from "../compiler/ir/builder.js";
import { lowerToCpu } from "../backends/cpu/lower.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import { OP_KINDS, opDef } from "../compiler/ops/index.js";
import type { Func } from "../compiler/ir/types.js";
import { elementCount, type IrShape } from "../compiler/ir/value.js";

const SPECIAL = [NaN, 0, -0, Infinity, -Infinity, 1, -1, 2.5, -2.5, 1e-30, 3, 0.1];
const BATCH = 7;

function values(n: number, shift: number): Float32Array {
  return Float32Array.from({ length: n }, (_, i) => SPECIAL[(i * (shift + 1) + shift) % SPECIAL.length]!);
}

/** The function's output by its SIMD loop (the executor) and by the JavaScript loop of its one kernel. */
function both(f: Func): { simd: Float32Array; js: Float32Array; usedSimd: boolean } {
  const plan = lowerToCpu(f);
  const inputs = f.inputs.map((i, j) => values(elementCount(i.value.type.shape, BATCH), j));
  const simd = new CpuExecutor(plan, BATCH).run(
    Object.fromEntries(f.inputs.map((i, j) => [i.name, inputs[j]!])),
    BATCH,
  ).y as Float32Array;
  expect(plan.steps.length).toBe(1);
  const js = new Float32Array(simd.length);
  const byId = new Map(f.inputs.map((i, j) => [i.value.id, inputs[j]!]));
  plan.steps[0]!.run(
    plan.steps[0]!.args.map((id) => byId.get(id)!),
    js,
    BATCH,
  );
  return { simd: simd.slice(), js, usedSimd: plan.steps[0]!.simd !== undefined };
}

const JS_ONLY = ["exp", "log", "pow", "sigmoid", "sign", "tanh"];
const elementwiseOps = OP_KINDS.filter((k) => opDef(k).kernel.kind === "elementwise");

describe("WebAssembly SIMD element-wise loops", () => {
  for (const op of elementwiseOps) {
    const arity = opDef(op).arity;
    for (const shapes of arity === 2 ? [["N", 5], [[]]] : [["N", 5]]) {
      it(`${op} agrees with the JavaScript loop bit for bit${shapes.length === 1 && arity === 2 ? ", a scalar operand" : ""}`, () => {
        const b = new Builder(op);
        const xs = Array.from({ length: arity }, (_, j) =>
          b.input(`x${j}`, {
            dtype: "f32",
            shape: j === 1 && arity === 2 && shapes.length === 1 ? [] : ["N", 5],
          }),
        );
        b.output("y", b.checkedOp(op, xs, {}));
        const { simd, js, usedSimd } = both(b.finish());
        // The ops WebAssembly has no instruction for stay in JavaScript; every other runs as SIMD.
        expect(usedSimd).toBe(!JS_ONLY.includes(op));
        expect(Array.from(simd).map(String)).toEqual(Array.from(js).map(String));
        expect(Array.from(simd).map((v) => Object.is(v, -0))).toEqual(
          Array.from(js).map((v) => Object.is(v, -0)),
        );
      });
    }
  }

  it("runs a fused chain with a broadcast scalar (an SGD update) as one SIMD loop, within f32 rounding", () => {
    const b = new Builder("sgd");
    const w = b.input("w", { dtype: "f32", shape: ["N", 5] });
    const g = b.input("g", { dtype: "f32", shape: ["N", 5] });
    const lr = b.input("lr", { dtype: "f32", shape: [] });
    b.output("y", b.relu(b.sub(w, b.mul(lr, g))));
    const { simd, js, usedSimd } = both(b.finish());
    expect(usedSimd).toBe(true);
    simd.forEach((v, i) => {
      if (Number.isNaN(js[i]!)) expect(v).toBeNaN();
      else expect(v).toBeCloseTo(js[i]!, 5);
    });
  });

  for (const [bias, out, simd] of [
    [[8], ["N", 8], true],
    [[1, 8], ["N", 8], true],
    [[3, 4], ["N", 3, 4], true],
    [[6], ["N", 6], false], // rows that are not whole vectors
    [["N", 1], ["N", 8], false], // a column per example
    [[2, 1, 1], ["N", 2, 2, 2], true], // a bias per channel
    [[3, 1], ["N", 3, 4], true],
    [[4, 1, 1], ["N", 2, 4, 2, 2], true],
    [[2, 1, 1], ["N", 2, 3, 3], false], // runs that are not whole vectors
  ] as [IrShape, IrShape, boolean][]) {
    it(`adds a [${bias}] bias to [${out}] ${simd ? "as a SIMD loop" : "in JavaScript"}, bit for bit`, () => {
      const b = new Builder("bias");
      const x = b.input("x", { dtype: "f32", shape: out });
      const y = b.input("b", { dtype: "f32", shape: bias });
      b.output("y", b.relu(b.add(x, y)));
      const r = both(b.finish());
      expect(r.usedSimd).toBe(simd);
      expect(Array.from(r.simd).map(String)).toEqual(Array.from(r.js).map(String));
    });
  }
});
