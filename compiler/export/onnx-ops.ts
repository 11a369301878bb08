// Each primitive op of the IR as ONNX (opset 13) nodes: the generic translation, used wherever no pattern of
// onnx-patterns.ts recognised a whole layer. Element-wise ops broadcast as NumPy does in both, so they map one to
// one; the window ops map to ONNX's with its pads order ([top, left, bottom, right]); im2col, which only a
// convolution uses, is itself a convolution by one-hot kernels. A table over every OpKind, so that a new op without
// an ONNX form is a type error; the ops that only training and backward programs hold are compiler bugs here,
// since the exporter takes the forward program (evaluation mode).

import { bug } from "../diagnostics.js";
import type { InstrOf } from "../ir/types.js";
import type { Value } from "../ir/value.js";
import type { OpKind } from "../ops/index.js";
import { normaliseAxes, type Tuple } from "../ops/op-def.js";
import { geometryOf, type WindowAttrs } from "../ops/window.js";
import { FLOAT, INT32, INT64, floatTensor, type AttrSpec, type OnnxGraph } from "./onnx-graph.js";

export interface EmitCtx {
  readonly g: OnnxGraph;
  /** The ONNX name of an IR value. */
  name(v: Value): string;
}

/** Emits instruction `ins` so that its result is the ONNX value `out`. */
type Lowering<K extends OpKind> = (c: EmitCtx, ins: InstrOf<K>, out: string) => void;

/** How an op of one or two arguments and no attributes is emitted, whichever op it is. */
type Plain<N extends 1 | 2> = (c: EmitCtx, ins: { readonly args: Tuple<N, Value> }, out: string) => void;

const unary =
  (opType: string): Plain<1> =>
  ({ g, name }, { args: [x] }, out) =>
    void g.node(opType, [name(x)], {}, out);

const binary =
  (opType: string): Plain<2> =>
  ({ g, name }, { args: [a, b] }, out) =>
    void g.node(opType, [name(a), name(b)], {}, out);

/** A comparison's boolean result as 1.0 and 0.0, as the IR's comparisons give. */
const compare =
  (opType: string): Plain<2> =>
  ({ g, name }, { args: [a, b] }, out) =>
    void g.node("Cast", [g.node(opType, [name(a), name(b)])], { to: { int: FLOAT } }, out);

const notForward = (why: string) => (): never => bug(`the forward program holds ${why}`);

export const ONNX_OPS: { readonly [K in OpKind]: Lowering<K> } = {
  abs: unary("Abs"),
  exp: unary("Exp"),
  log: unary("Log"),
  neg: unary("Neg"),
  relu: unary("Relu"),
  sigmoid: unary("Sigmoid"),
  sign: unary("Sign"),
  sqrt: unary("Sqrt"),
  tanh: unary("Tanh"),
  stop_gradient: unary("Identity"),
  add: binary("Add"),
  sub: binary("Sub"),
  mul: binary("Mul"),
  div: binary("Div"),
  pow: binary("Pow"),
  maximum: binary("Max"),
  equal: compare("Equal"),
  greater_equal: compare("GreaterOrEqual"),
  step: ({ g, name }, { args: [x] }, out) =>
    void g.node("Cast", [g.node("Greater", [name(x), g.scalar(0)])], { to: { int: FLOAT } }, out),
  constant: ({ g }, { attrs }, out) =>
    void g.node("Constant", [], { value: { tensor: floatTensor([], Float32Array.of(attrs.value)) } }, out),
  batch_size: ({ g }, _ins, out) =>
    void g.node("Cast", [g.node("Reshape", [g.batchDim(), g.int64s([])])], { to: { int: FLOAT } }, out),
  cast: ({ g, name }, { args: [x] }, out) => void g.node("Cast", [name(x)], { to: { int: FLOAT } }, out),
  argmax: ({ g, name }, { args: [x] }, out) => {
    const index = g.node("ArgMax", [name(x)], { axis: { int: -1 }, keepdims: { int: 0 } });
    g.node("Cast", [index], { to: { int: INT32 } }, out);
  },
  // int64 labels: the type onnxruntime's OneHot takes with int64 depth and float values.
  one_hot: ({ g, name }, { args: [y], attrs }, out) => {
    const labels = g.node("Cast", [name(y)], { to: { int: INT64 } });
    const values = g.node("Constant", [], { value: { tensor: floatTensor([2], Float32Array.of(0, 1)) } });
    g.node("OneHot", [labels, g.int64s([attrs.classes]), values], { axis: { int: -1 } }, out);
  },
  reduce_sum: ({ g, name }, { args: [x], attrs }, out) => {
    if (attrs.axes.length === 0) return void g.node("Identity", [name(x)], {}, out);
    const axes = g.int64s(normaliseAxes(attrs.axes, x.type.shape.length));
    g.node("ReduceSum", [name(x), axes], { keepdims: { int: attrs.keepdims ? 1 : 0 } }, out);
  },
  reduce_max: ({ g, name }, { args: [x], attrs }, out) => {
    if (attrs.axes.length === 0) return void g.node("Identity", [name(x)], {}, out);
    const axes = normaliseAxes(attrs.axes, x.type.shape.length);
    g.node("ReduceMax", [name(x)], { axes: { ints: axes }, keepdims: { int: attrs.keepdims ? 1 : 0 } }, out);
  },
  // One N in the shape is Reshape's -1 (inferred), which keeps the output's other dimensions static for tools.
  reshape: ({ g, name }, { args: [x], attrs }, out) => {
    const ns = attrs.shape.filter((d) => d === "N").length;
    const shape = ns === 1 ? g.int64s(attrs.shape.map((d) => (d === "N" ? -1 : d))) : g.shapeOf(attrs.shape);
    g.node("Reshape", [name(x), shape], {}, out);
  },
  broadcast: ({ g, name }, { args: [x], attrs }, out) =>
    void g.node("Expand", [name(x), g.shapeOf(attrs.shape)], {}, out),
  transpose: ({ g, name }, { args: [x], attrs }, out) =>
    void g.node("Transpose", [name(x)], { perm: { ints: attrs.perm } }, out),
  concat: ({ g, name }, { args: [a, b], attrs }, out) =>
    void g.node("Concat", [name(a), name(b)], { axis: { int: attrs.axis } }, out),
  slice: ({ g, name }, { args: [x], attrs }, out) =>
    void g.node(
      "Slice",
      [name(x), g.int64s([attrs.start]), g.int64s([attrs.start + attrs.size]), g.int64s([attrs.axis])],
      {},
      out,
    ),
  matmul: lowerMatmul,
  im2col: lowerIm2col,
  maxpool: ({ g, name }, { args: [x], attrs }, out) =>
    void g.node("MaxPool", [name(x)], windowAttrs(attrs), out),
  avgpool: ({ g, name }, { args: [x], attrs }, out) =>
    void g.node("AveragePool", [name(x)], { ...windowAttrs(attrs), count_include_pad: { int: 1 } }, out),
  dropout_mask: notForward("a dropout mask, which only training draws"),
  col2im: notForward("col2im, which only a convolution's backward pass uses"),
  maxpool_backward: notForward("maxpool_backward, which only a backward pass uses"),
  avgpool_backward: notForward("avgpool_backward, which only a backward pass uses"),
};

/** Emits `ins` by its op's generic translation. */
export function lowerGeneric<K extends OpKind>(c: EmitCtx, ins: InstrOf<K>, out: string): void {
  const lower: Lowering<K> = ONNX_OPS[ins.op];
  lower(c, ins, out);
}

/** A window op's kernel, strides and pads as ONNX's pooling and convolution nodes take them. */
export function windowAttrs({ kernel, stride, pads: [t, b, l, r] }: WindowAttrs): Record<string, AttrSpec> {
  return { kernel_shape: { ints: kernel }, strides: { ints: stride }, pads: { ints: [t, l, b, r] } };
}

/**
 * matmul's four forms: a·b over a's last axis (MatMul, which broadcasts a's leading axes), a·bᵀ (Gemm for a matrix,
 * else MatMul with b transposed), and the two that contract a's leading axes (Gemm with transA on a and b flattened
 * to matrices: a weight's gradient, which a forward program does not hold but which ONNX writes as easily).
 */
function lowerMatmul({ g, name }: EmitCtx, { args: [a, b], attrs }: InstrOf<"matmul">, out: string): void {
  const ta = attrs.transpose_a;
  const tb = attrs.transpose_b;
  if (!ta && !tb) return void g.node("MatMul", [name(a), name(b)], {}, out);
  if (!ta) {
    if (a.type.shape.length === 2)
      return void g.node("Gemm", [name(a), name(b)], { transB: { int: 1 } }, out);
    const bt = g.node("Transpose", [name(b)], { perm: { ints: [1, 0] } });
    return void g.node("MatMul", [name(a), bt], {}, out);
  }
  const matrix = (v: Value) =>
    v.type.shape.length === 2
      ? name(v)
      : g.node("Reshape", [name(v), g.int64s([-1, v.type.shape.at(-1) as number])]);
  g.node("Gemm", [matrix(a), matrix(b)], { transA: { int: 1 }, transB: { int: tb ? 1 : 0 } }, out);
}

/**
 * im2col(x) [N, c, h, w] → [N, oh·ow, c·kh·kw]: a convolution with c·kh·kw one-hot kernels copies each window
 * element into its own channel ([N, c·kh·kw, oh, ow], zero where the window overlaps the padding, as im2col), then
 * the channels become the last axis. Only reached when a convolution's pattern was not recognised.
 */
function lowerIm2col({ g, name }: EmitCtx, { args: [x], attrs }: InstrOf<"im2col">, out: string): void {
  const { c, kh, kw, oh, ow } = geometryOf(x.type.shape, attrs);
  const rows = c * kh * kw;
  const onehot = new Float32Array(rows * rows);
  for (let r = 0; r < rows; r++) onehot[r * rows + r] = 1; // row r = (ci, ky, kx) picks input (ci, ky, kx)
  const kernels = g.initializer(g.fresh("im2col_kernels"), [rows, c, kh, kw], onehot);
  const maps = g.node("Conv", [name(x), kernels], windowAttrs(attrs));
  const flat = g.node("Reshape", [maps, g.int64s([-1, rows, oh * ow])]);
  g.node("Transpose", [flat], { perm: { ints: [0, 2, 1] } }, out);
}
