// The op table's cases, shared by the CPU tests (ops.test.ts) and the WGSL-against-CPU tests (wgsl.test.ts).

import type { AttrValue, Dim, TensorType } from "../compiler/ir/value.js";
import type { OpKind } from "../compiler/ops/index.js";

export const BATCH = 3;

export interface Case {
  op: OpKind;
  inputs: TensorType[];
  attrs?: Readonly<Record<string, AttrValue>>;
  /** How inputs are drawn: values away from kinks, positive where the op needs it. */
  range?: "any" | "positive" | "labels";
  /** The gradient is zero by design, whatever finite differences say. */
  stopped?: boolean;
  /** A gradient op that nothing differentiates again: its own gradient is not checked (it has none). */
  firstOrderOnly?: boolean;
  /** Known values: inputs → expected output (batch 1 where N appears). */
  known?: { inputs: number[][]; output: number[] };
}

export const f32 = (...shape: Dim[]): TensorType => ({ dtype: "f32", shape });
export const i32 = (...shape: Dim[]): TensorType => ({ dtype: "i32", shape });

export const CASES: Case[] = [
  { op: "neg", inputs: [f32("N", 4)], known: { inputs: [[1, -2, 0, 3]], output: [-1, 2, -0, -3] } },
  {
    op: "exp",
    inputs: [f32("N", 4)],
    known: { inputs: [[0, 1, -1, 2]], output: [1, Math.E, 1 / Math.E, Math.E ** 2] },
  },
  {
    op: "log",
    inputs: [f32("N", 4)],
    range: "positive",
    known: { inputs: [[1, Math.E, 0.5, 4]], output: [0, 1, Math.log(0.5), Math.log(4)] },
  },
  {
    op: "sqrt",
    inputs: [f32("N", 4)],
    range: "positive",
    known: { inputs: [[4, 9, 0.25, 2]], output: [2, 3, 0.5, Math.SQRT2] },
  },
  { op: "abs", inputs: [f32("N", 4)], known: { inputs: [[-1.5, 2, 0, -3]], output: [1.5, 2, 0, 3] } },
  { op: "sign", inputs: [f32("N", 4)], known: { inputs: [[-1.5, 2, 0, -3]], output: [-1, 1, 0, -1] } },
  { op: "step", inputs: [f32("N", 4)], known: { inputs: [[-1.5, 2, 0, 3]], output: [0, 1, 0, 1] } },
  { op: "relu", inputs: [f32("N", 4)], known: { inputs: [[-1.5, 2, 0, 3]], output: [0, 2, 0, 3] } },
  {
    op: "sigmoid",
    inputs: [f32("N", 4)],
    known: { inputs: [[0, 100, -100, 1]], output: [0.5, 1, 3.720076e-44, 1 / (1 + Math.exp(-1))] },
  },
  {
    op: "tanh",
    inputs: [f32("N", 4)],
    known: { inputs: [[0, 1, -1, 30]], output: [0, Math.tanh(1), -Math.tanh(1), 1] },
  },
  {
    op: "stop_gradient",
    inputs: [f32("N", 4)],
    stopped: true,
    known: { inputs: [[1, 2, 3, 4]], output: [1, 2, 3, 4] },
  },
  {
    op: "add",
    inputs: [f32("N", 3), f32(3)],
    known: {
      inputs: [
        [1, 2, 3],
        [10, 20, 30],
      ],
      output: [11, 22, 33],
    },
  },
  { op: "add", inputs: [f32("N", 2, 3), f32("N", 1, 3)] },
  { op: "sub", inputs: [f32("N", 3), f32()], known: { inputs: [[1, 2, 3], [1]], output: [0, 1, 2] } },
  {
    op: "mul",
    inputs: [f32("N", 2, 3), f32(2, 1)],
    known: {
      inputs: [
        [1, 2, 3, 4, 5, 6],
        [2, 3],
      ],
      output: [2, 4, 6, 12, 15, 18],
    },
  },
  {
    op: "div",
    inputs: [f32("N", 3), f32("N", 1)],
    range: "positive",
    known: { inputs: [[2, 4, 6], [2]], output: [1, 2, 3] },
  },
  {
    op: "pow",
    inputs: [f32("N", 3), f32(3)],
    range: "positive",
    known: {
      inputs: [
        [2, 3, 4],
        [2, 0.5, 0],
      ],
      output: [4, Math.sqrt(3), 1],
    },
  },
  {
    op: "maximum",
    inputs: [f32("N", 3), f32("N", 3)],
    known: {
      inputs: [
        [1, 5, -2],
        [2, 3, -2],
      ],
      output: [2, 5, -2],
    },
  },
  {
    op: "greater_equal",
    inputs: [f32("N", 3), f32()],
    known: { inputs: [[1, 2, 3], [2]], output: [0, 1, 1] },
  },
  { op: "equal", inputs: [f32("N", 3), f32()], known: { inputs: [[1, 2, 3], [2]], output: [0, 1, 0] } },
  {
    op: "matmul",
    inputs: [f32("N", 3), f32(3, 2)],
    attrs: { transpose_a: false, transpose_b: false },
    known: {
      inputs: [
        [1, 2, 3],
        [1, 2, 3, 4, 5, 6],
      ],
      output: [22, 28],
    },
  },
  {
    op: "matmul",
    inputs: [f32("N", 3), f32(2, 3)],
    attrs: { transpose_a: false, transpose_b: true },
    known: {
      inputs: [
        [1, 2, 3],
        [1, 3, 5, 2, 4, 6],
      ],
      output: [22, 28],
    },
  },
  { op: "matmul", inputs: [f32("N", 3), f32("N", 2)], attrs: { transpose_a: true, transpose_b: false } },
  { op: "matmul", inputs: [f32(2, 4), f32(3, 2)], attrs: { transpose_a: true, transpose_b: true } },
  // Wider than one 4×4 block of the WGSL kernel, in both directions.
  { op: "matmul", inputs: [f32("N", 5), f32(9, 5)], attrs: { transpose_a: false, transpose_b: true } },
  { op: "matmul", inputs: [f32("N", 6), f32(6, 7)], attrs: { transpose_a: false, transpose_b: false } },
  { op: "matmul", inputs: [f32("N", 9), f32("N", 6)], attrs: { transpose_a: true, transpose_b: false } },
  { op: "matmul", inputs: [f32(5, 9), f32(6, 5)], attrs: { transpose_a: true, transpose_b: true } },
  { op: "matmul", inputs: [f32("N", 2, 3), f32(4, 3)], attrs: { transpose_a: false, transpose_b: true } },
  {
    op: "matmul",
    inputs: [f32("N", 2, 3), f32("N", 2, 4)],
    attrs: { transpose_a: true, transpose_b: false },
  },
  // Larger than one 32×32 tile and one 16-deep slice of the hardware kernel, with partial tiles.
  { op: "matmul", inputs: [f32("N", 37), f32(37, 45)], attrs: { transpose_a: false, transpose_b: false } },
  { op: "matmul", inputs: [f32("N", 37), f32(45, 37)], attrs: { transpose_a: false, transpose_b: true } },
  { op: "matmul", inputs: [f32("N", 40), f32("N", 35)], attrs: { transpose_a: true, transpose_b: false } },
  { op: "matmul", inputs: [f32(19, 40), f32(35, 19)], attrs: { transpose_a: true, transpose_b: true } },
  {
    op: "reduce_sum",
    inputs: [f32("N", 2, 3)],
    attrs: { axes: [1], keepdims: false },
    known: { inputs: [[1, 2, 3, 4, 5, 6]], output: [5, 7, 9] },
  },
  { op: "reduce_sum", inputs: [f32("N", 2, 3)], attrs: { axes: [0, 2], keepdims: true } },
  {
    op: "reduce_max",
    inputs: [f32("N", 2, 3)],
    attrs: { axes: [2], keepdims: false },
    known: { inputs: [[1, 5, 3, 4, 2, 6]], output: [5, 6] },
  },
  {
    op: "reshape",
    inputs: [f32("N", 2, 3)],
    attrs: { shape: ["N", 3, 2] },
    known: { inputs: [[1, 2, 3, 4, 5, 6]], output: [1, 2, 3, 4, 5, 6] },
  },
  {
    op: "broadcast",
    inputs: [f32("N", 1, 3)],
    attrs: { shape: ["N", 2, 3] },
    known: { inputs: [[1, 2, 3]], output: [1, 2, 3, 1, 2, 3] },
  },
  {
    op: "transpose",
    inputs: [f32("N", 2, 3)],
    attrs: { perm: [0, 2, 1] },
    known: { inputs: [[1, 2, 3, 4, 5, 6]], output: [1, 4, 2, 5, 3, 6] },
  },
  // concat along channels, as torch.cat(dim=1): per example, a's channels then b's.
  {
    op: "concat",
    inputs: [f32("N", 1, 2), f32("N", 2, 2)],
    attrs: { axis: 1 },
    known: {
      inputs: [
        [1, 2],
        [3, 4, 5, 6],
      ],
      output: [1, 2, 3, 4, 5, 6],
    },
  },
  { op: "concat", inputs: [f32("N", 2, 3, 2), f32("N", 3, 3, 2)], attrs: { axis: 1 } },
  {
    op: "concat",
    inputs: [f32("N", 2, 1), f32("N", 2, 2)],
    attrs: { axis: 2 },
    known: {
      inputs: [
        [1, 2],
        [3, 4, 5, 6],
      ],
      output: [1, 3, 4, 2, 5, 6],
    },
  },
  {
    op: "slice",
    inputs: [f32("N", 3, 2)],
    attrs: { axis: 1, start: 1, size: 1 },
    known: { inputs: [[1, 2, 3, 4, 5, 6]], output: [3, 4] },
  },
  { op: "slice", inputs: [f32("N", 5, 2, 3)], attrs: { axis: 1, start: 0, size: 2 } },
  { op: "slice", inputs: [f32("N", 5, 2, 3)], attrs: { axis: 1, start: 3, size: 2 } },
  { op: "constant", inputs: [], attrs: { value: 2.5 }, known: { inputs: [], output: [2.5] } },
  { op: "batch_size", inputs: [], known: { inputs: [], output: [1] } },
  {
    op: "one_hot",
    inputs: [i32("N")],
    attrs: { classes: 3 },
    range: "labels",
    known: { inputs: [[2]], output: [0, 0, 1] },
  },
  { op: "argmax", inputs: [f32("N", 4)], known: { inputs: [[1, 7, 7, 2]], output: [1] } },
  // Rows longer than a workgroup of 64.
  { op: "argmax", inputs: [f32("N", 150)] },
  { op: "cast", inputs: [i32("N")], range: "labels", known: { inputs: [[2]], output: [2] } },
  { op: "dropout_mask", inputs: [i32()], attrs: { p: 0.25, shape: ["N", 1000], stream: 0 }, range: "labels" },
  // Sliding windows: strides, uneven padding, overlapping windows; both window sides differ.
  {
    op: "im2col",
    inputs: [f32("N", 2, 5, 6)],
    attrs: { kernel: [3, 2], stride: [2, 1], pads: [1, 1, 0, 1] },
  },
  {
    op: "im2col",
    inputs: [f32("N", 1, 2, 2)],
    attrs: { kernel: [2, 2], stride: [1, 1], pads: [0, 1, 0, 1] },
    known: { inputs: [[1, 2, 3, 4]], output: [1, 2, 3, 4, 2, 0, 4, 0, 3, 4, 0, 0, 4, 0, 0, 0] },
  },
  {
    op: "col2im",
    inputs: [f32("N", 18, 12)],
    attrs: { ...{ kernel: [3, 2], stride: [2, 1], pads: [1, 1, 0, 1] }, size: [5, 6] },
  },
  {
    op: "maxpool",
    inputs: [f32("N", 1, 2, 2)],
    attrs: { kernel: [2, 2], stride: [2, 2], pads: [0, 0, 0, 0] },
    known: { inputs: [[1, 5, 3, 2]], output: [5] },
  },
  {
    op: "maxpool",
    inputs: [f32("N", 3, 5, 5)],
    attrs: { kernel: [2, 2], stride: [2, 2], pads: [0, 0, 0, 0] },
  },
  {
    op: "maxpool",
    inputs: [f32("N", 2, 5, 4)],
    attrs: { kernel: [3, 3], stride: [2, 2], pads: [1, 1, 1, 1] },
  },
  {
    op: "maxpool_backward",
    inputs: [f32("N", 2, 5, 4), f32("N", 2, 3, 2)],
    attrs: { kernel: [3, 3], stride: [2, 2], pads: [1, 1, 1, 1] },
    firstOrderOnly: true,
  },
  {
    op: "avgpool",
    inputs: [f32("N", 1, 2, 2)],
    attrs: { kernel: [2, 2], stride: [2, 2], pads: [0, 0, 0, 0] },
    known: { inputs: [[1, 5, 3, 2]], output: [2.75] },
  },
  {
    op: "avgpool",
    inputs: [f32("N", 2, 5, 4)],
    attrs: { kernel: [3, 3], stride: [2, 2], pads: [1, 1, 1, 1] },
  },
  {
    op: "avgpool_backward",
    inputs: [f32("N", 2, 3, 2)],
    attrs: { ...{ kernel: [3, 3], stride: [2, 2], pads: [1, 1, 1, 1] }, size: [5, 4] },
  },
];

export function draw(
  t: TensorType,
  range: Case["range"],
  next: () => number,
  batch: number,
): Float32Array | Int32Array {
  const n = t.shape.reduce<number>((p, d) => p * (d === "N" ? batch : d), 1);
  if (t.dtype === "i32") return Int32Array.from({ length: n }, () => Math.floor(next() * 3));
  return Float32Array.from({ length: n }, () => {
    const mag = 0.2 + next(); // away from 0, where relu, abs and step have kinks
    return range === "positive" ? mag : next() < 0.5 ? -mag : mag;
  });
}
