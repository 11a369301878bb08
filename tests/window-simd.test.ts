// im2col and col2im in WebAssembly SIMD (backends/cpu/kernels/window-simd.ts), padded and not,
// against the JavaScript loops, bit for bit, at window widths below, at and above four lanes; and batched matrix
// transposes and sums over leading axes (transpose-simd.ts); maxpool and its backward, with ties, NaNs and overlapping windows.

import { describe, expect, it } from "vitest";
import { Builder } from "../compiler/ir/builder.js";
import { lowerToCpu } from "../backends/cpu/lower.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import { elementCount, type IrShape } from "../compiler/ir/value.js";
import type { Func } from "../compiler/ir/types.js";

const BATCH = 3;

function simdAndJs(f: Func): [number[], number[]] {
  const plan = lowerToCpu(f);
  const input = f.inputs[0]!;
  const xs = Float32Array.from({ length: elementCount(input.value.type.shape, BATCH) }, (_, i) =>
    Math.fround(Math.sin(i * 1.7) * 3),
  );
  const simd = Array.from(new CpuExecutor(plan, BATCH).run({ [input.name]: xs }, BATCH).y!);
  expect(plan.steps.length).toBe(1);
  const js = new Float32Array(simd.length);
  plan.steps[0]!.run([xs], js, BATCH);
  return [simd, Array.from(js)];
}

type Pads = readonly [number, number, number, number];
const cases: { x: IrShape; kernel: [number, number]; stride: [number, number]; pads?: Pads }[] = [
  { x: ["N", 2, 7, 9], kernel: [3, 5], stride: [1, 1] },
  { x: ["N", 3, 6, 6], kernel: [2, 2], stride: [2, 2] },
  { x: ["N", 1, 4, 15], kernel: [1, 7], stride: [1, 2] },
  { x: ["N", 2, 9, 9], kernel: [4, 4], stride: [1, 3] },
  { x: ["N", 1, 12, 12], kernel: [5, 8], stride: [2, 1] },
  // padded: the same size out, uneven sides, windows wider than the image, padding wider than the kernel's reach
  { x: ["N", 2, 7, 9], kernel: [5, 5], stride: [1, 1], pads: [2, 2, 2, 2] },
  { x: ["N", 3, 6, 6], kernel: [3, 3], stride: [2, 2], pads: [1, 0, 2, 1] },
  { x: ["N", 1, 3, 3], kernel: [5, 6], stride: [1, 1], pads: [1, 2, 3, 2] },
  { x: ["N", 2, 4, 5], kernel: [2, 2], stride: [3, 3], pads: [3, 3, 3, 3] },
];

describe("WebAssembly SIMD im2col and col2im", () => {
  for (const { x, kernel, stride, pads = [0, 0, 0, 0] as Pads } of cases) {
    const attrs = { kernel, stride, pads };
    it(`im2col of ${x} by ${kernel}, stride ${stride}, pads ${pads}, matches the JavaScript loop`, () => {
      const b = new Builder("im2col");
      b.output("y", b.im2col(b.input("x", { dtype: "f32", shape: x }), attrs));
      const [simd, js] = simdAndJs(b.finish());
      expect(simd).toEqual(js);
    });
    it(`col2im back into ${x} by ${kernel}, stride ${stride}, pads ${pads}, matches the JavaScript loop`, () => {
      const probe = new Builder("probe");
      const colsType = probe.im2col(probe.input("x", { dtype: "f32", shape: x }), attrs).type;
      const b = new Builder("col2im");
      const size: [number, number] = [Number(x[2]), Number(x[3])];
      b.output("y", b.col2im(b.input("cols", colsType), { ...attrs, size }));
      const [simd, js] = simdAndJs(b.finish());
      expect(simd).toEqual(js);
    });
  }
});

describe("WebAssembly SIMD transposes", () => {
  for (const [shape, perm] of [
    [
      ["N", 8, 12],
      [0, 2, 1],
    ],
    [
      ["N", 2, 4, 16],
      [0, 1, 3, 2],
    ],
    [
      [12, 4],
      [1, 0],
    ],
  ] as [IrShape, number[]][]) {
    it(`transpose of ${shape} by ${perm} matches the strided gather`, () => {
      const b = new Builder("transpose");
      b.output("y", b.transpose(b.input("x", { dtype: "f32", shape }), perm));
      const [simd, js] = simdAndJs(b.finish());
      expect(simd).toEqual(js);
    });
  }
});

describe("WebAssembly maxpool", () => {
  // Ties, signed zeros and NaNs, so that which element a window picks shows in dx.
  const special = (n: number) =>
    Float32Array.from({ length: n }, (_, i) => [0, -0, 1, 1, NaN, -1, 2, NaN, 2, -3][(i * 7) % 10]!);
  for (const [shape, kernel, stride] of [
    [
      ["N", 2, 6, 6],
      [2, 2],
      [2, 2],
    ],
    // 2×2 by 2 (pool2-simd.ts): four windows at a time, the rest one by one, an odd last row and column left out
    [
      ["N", 3, 9, 21],
      [2, 2],
      [2, 2],
    ],
    [
      ["N", 1, 8, 16],
      [2, 2],
      [2, 2],
    ],
    [
      ["N", 1, 7, 9],
      [3, 3],
      [1, 2],
    ],
    [
      ["N", 3, 5, 5],
      [2, 3],
      [1, 1],
    ],
  ] as [IrShape, [number, number], [number, number]][]) {
    const attrs = { kernel, stride, pads: [0, 0, 0, 0] as const };
    it(`maxpool and its backward of ${shape} by ${kernel}, stride ${stride}, match the JavaScript loop`, () => {
      const b = new Builder("maxpool");
      const x = b.input("x", { dtype: "f32", shape });
      const y = b.op("maxpool", [x], attrs);
      const dy = b.input("dy", y.type);
      b.output("y", b.maxpoolBackward(x, dy, attrs));
      b.output("z", y);
      const f = b.finish();
      const plan = lowerToCpu(f);
      const xs = special(elementCount(shape, BATCH));
      const dys = Float32Array.from({ length: elementCount(y.type.shape, BATCH) }, (_, i) => i + 1);
      const out = new CpuExecutor(plan, BATCH).run({ x: xs, dy: dys }, BATCH);
      const [pool, back] = plan.steps;
      const js = new Float32Array(out.z!.length);
      pool!.run([xs], js, BATCH);
      expect(Array.from(out.z!).map(String)).toEqual(Array.from(js).map(String));
      const jsBack = new Float32Array(out.y!.length);
      back!.run([xs, dys], jsBack, BATCH);
      expect(Array.from(out.y!)).toEqual(Array.from(jsBack));
    });
  }
});

describe("WebAssembly SIMD sums over leading axes", () => {
  for (const [shape, axes, keepdims] of [
    [["N", 8], [0], false],
    [["N", 2, 4], [0, 1], true],
    [["N", 3, 4], [0], false],
  ] as [IrShape, number[], boolean][]) {
    it(`reduce_sum of ${shape} over ${axes} matches the strided walk`, () => {
      const b = new Builder("sum");
      b.output("y", b.sum(b.input("x", { dtype: "f32", shape }), axes, keepdims));
      const [simd, js] = simdAndJs(b.finish());
      expect(simd).toEqual(js);
    });
  }
});
