// The standard layers that lower to several primitive ops, recognised in the forward IR and written as the one ONNX
// node that deployment tools expect: conv2d (im2col, a matmul with the weight as [f, c·kh·kw], a transpose and a
// reshape, then the bias) as Conv; linear on a matrix (matmul with the weight transposed, then the bias) as Gemm;
// softmax (exp of x minus its row maximum, over its row sum) as Softmax; batchnorm in evaluation mode
// (x minus the running mean, over the square root of the running variance plus eps, scaled and shifted) as
// BatchNormalization. Each matcher looks at the instruction that ends a layer and reads back through the
// instructions that made its arguments; it answers with the values the node reads, so that the instructions it
// replaces are emitted only where something else reads them (onnx.ts). Whatever does not match is translated op by
// op (onnx-ops.ts): the same numbers.

import type { Instr } from "../ir/types.js";
import type { Value } from "../ir/value.js";
import type { OpKind } from "../ops/index.js";
import { geometryOf } from "../ops/window.js";
import type { AttrSpec } from "./onnx-graph.js";
import type { EmitCtx } from "./onnx-ops.js";
import { windowAttrs } from "./onnx-ops.js";

/** The instruction that made a value; undefined for the function's inputs. */
export type Defs = (v: Value) => Instr | undefined;

type Of<K extends OpKind> = Extract<Instr, { readonly op: K }>;

function isOp<K extends OpKind>(ins: Instr | undefined, op: K): ins is Of<K> {
  return ins?.op === op;
}

/** The instruction of op K that made a value; undefined when another op (or none) made it. */
function made<K extends OpKind>(defs: Defs, v: Value, op: K): Of<K> | undefined {
  const ins = defs(v);
  return isOp(ins, op) ? ins : undefined;
}

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** One ONNX node in place of the instructions of a layer: the IR values it reads, and how it is emitted. */
export interface Replacement {
  readonly reads: readonly Value[];
  emit(c: EmitCtx, out: string): void;
}

/** The node that `ins` and the instructions before it that it reads make together, when they are a known layer. */
export function matchPattern(defs: Defs, ins: Instr): Replacement | undefined {
  if (ins.op === "reshape") return conv(defs, ins, undefined);
  if (ins.op === "add") {
    const [lhs, rhs] = ins.args;
    const b = bias(defs, lhs, rhs);
    const maps = made(defs, lhs, "reshape");
    return (b && ((maps && conv(defs, maps, b)) ?? gemm(defs, lhs, b))) ?? batchnorm(defs, ins);
  }
  if (ins.op === "div") return softmax(defs, ins);
  return undefined;
}

/** One node of `opType` reading `reads`. */
function node(opType: string, reads: readonly Value[], attrs: Record<string, AttrSpec> = {}): Replacement {
  return { reads, emit: (c, out) => void c.g.node(opType, reads.map(c.name), attrs, out) };
}

/** `rhs` as a per-output bias of `lhs` [N, f, ...] or [N, f]: a vector [f], possibly reshaped to [f, 1, 1]. */
function bias(defs: Defs, lhs: Value, rhs: Value): Value | undefined {
  if (lhs.type.shape.length < 2) return undefined;
  const f = lhs.type.shape[1];
  if (rhs.type.shape.length === 1)
    return lhs.type.shape.length === 2 && rhs.type.shape[0] === f ? rhs : undefined;
  const v = made(defs, rhs, "reshape")?.args[0];
  const perOutput = [f, ...Array<number>(lhs.type.shape.length - 2).fill(1)];
  return v && same(v.type.shape, [f]) && same(rhs.type.shape, perOutput) ? v : undefined;
}

/** conv2d: reshape(transpose(matmul(im2col(x), reshape(W, [f, c·kh·kw]), bᵀ), [0, 2, 1]), [N, f, oh, ow]). */
function conv(defs: Defs, r: Of<"reshape">, b: Value | undefined): Replacement | undefined {
  const maps = r.result;
  const t = made(defs, r.args[0], "transpose");
  const mm = t && same(t.attrs.perm, [0, 2, 1]) ? made(defs, t.args[0], "matmul") : undefined;
  if (!mm || mm.attrs.transpose_a || !mm.attrs.transpose_b || maps.type.shape.length !== 4) return undefined;
  const cols = made(defs, mm.args[0], "im2col");
  const w = made(defs, mm.args[1], "reshape")?.args[0];
  if (!cols || !w) return undefined;
  const g = geometryOf(cols.args[0].type.shape, cols.attrs);
  const f = w.type.shape[0];
  if (!same(w.type.shape, [f, g.c, g.kh, g.kw]) || !same(maps.type.shape, ["N", f, g.oh, g.ow]))
    return undefined;
  return node("Conv", [cols.args[0], w, ...(b ? [b] : [])], windowAttrs(cols.attrs));
}

/** linear on [N, k]: matmul(x, W, bᵀ) plus the bias. */
function gemm(defs: Defs, y: Value, b: Value): Replacement | undefined {
  const mm = made(defs, y, "matmul");
  if (!mm || mm.attrs.transpose_a || !mm.attrs.transpose_b || mm.args[0].type.shape.length !== 2)
    return undefined;
  return node("Gemm", [mm.args[0], mm.args[1], b], { transB: { int: 1 } });
}

/** softmax over the last axis: exp(x - stop_gradient(max(x))) / sum(that), both reductions keeping the axis. */
function softmax(defs: Defs, ins: Of<"div">): Replacement | undefined {
  const [e, s] = ins.args;
  const last = e.type.shape.length - 1;
  const lastOnly = (i: { attrs: { axes: readonly number[]; keepdims: boolean } }) =>
    i.attrs.keepdims && i.attrs.axes.length === 1 && (i.attrs.axes[0] === last || i.attrs.axes[0] === -1);
  const sum = made(defs, s, "reduce_sum");
  const sub = made(defs, e, "exp") && made(defs, made(defs, e, "exp")!.args[0], "sub");
  if (!sum || sum.args[0] !== e || !lastOnly(sum) || !sub) return undefined;
  const [x, m] = sub.args;
  const stopped = made(defs, m, "stop_gradient");
  const max = stopped && made(defs, stopped.args[0], "reduce_max");
  if (!max || max.args[0] !== x || !lastOnly(max)) return undefined;
  return node("Softmax", [x], { axis: { int: -1 } });
}

/** batchnorm in evaluation: (x - mean) / sqrt(var + eps) · weight + bias, each vector reshaped to [c, 1, ...]. */
function batchnorm(defs: Defs, ins: Of<"add">): Replacement | undefined {
  const [scaled, shiftB] = ins.args;
  const mul = made(defs, scaled, "mul");
  const div = mul && made(defs, mul.args[0], "div");
  const sub = div && made(defs, div.args[0], "sub");
  const sqrt = div && made(defs, div.args[1], "sqrt");
  const plus = sqrt && made(defs, sqrt.args[0], "add");
  const eps = plus && made(defs, plus.args[1], "constant");
  if (!mul || !sub || !plus || !eps) return undefined;
  const x = sub.args[0];
  const vec = (v: Value) => {
    const r = made(defs, v, "reshape");
    const arg = r?.args[0];
    const perChannel = [x.type.shape[1], ...Array<number>(x.type.shape.length - 2).fill(1)];
    return arg && arg.type.shape.length === 1 && same(v.type.shape, perChannel) ? arg : undefined;
  };
  const [scale, shift, mean, variance] = [mul.args[1], shiftB, sub.args[1], plus.args[0]].map(vec);
  if (!scale || !shift || !mean || !variance || x.type.shape.length < 2) return undefined;
  return node("BatchNormalization", [x, scale, shift, mean, variance], {
    epsilon: { float: eps.attrs.value },
  });
}
