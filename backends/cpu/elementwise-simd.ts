// Fused element-wise chains as WebAssembly SIMD loops: four float32 lanes per instruction, where the JavaScript loop
// (lower.ts) spends several nanoseconds per element on float64 arithmetic, branches and conversions. In: a kernel
// whose ops all have an f32x4 form (the table below) and whose leaves are each the output's size, a single value or
// a bias repeated along the output's other axes (`Leaf`); out: the code of a function (n bytes, out, l0, l1, …:
// byte offsets in the executor's memory) that the executor compiles into one module per plan. Other chains (exp,
// log, tanh, pow, sigmoid, sign, other broadcasts) and the float64 runs of `nnc gradcheck` keep the JavaScript loops.

import type { OpKind, OpsOf } from "../../compiler/ops/index.js";
import type { KernelFamily } from "../../compiler/ops/op-def.js";
import type { Kernel } from "../../compiler/passes/fuse.js";
import type { IrShape } from "../../compiler/ir/value.js";
import { funcCode, get, I32, i32, memArg, op, set, simd, simdOp, uleb, V128 } from "./kernels/wasm-encode.js";

/** The f32x4 code of one op from its operands' code (each pushes one v128), pushing the result. */
type SimdExpr = (...operands: number[][]) => number[];

type ElementwiseOpKind = Exclude<OpKind, OpsOf<KernelFamily>>;

const f32x4 = (v: number) => {
  const lane = [...new Uint8Array(Float32Array.of(v).buffer)];
  return [...simdOp(simd.const), ...lane, ...lane, ...lane, ...lane];
};
const ZERO = f32x4(0);
const ONE = f32x4(1);
const unary = (code: number) => (x: number[]) => [...x, ...simdOp(code)];
const binary = (code: number) => (a: number[], b: number[]) => [...a, ...b, ...simdOp(code)];
// A comparison's all-ones lanes and 1.0 give 1.0; its all-zero lanes give 0.0.
const indicator = (code: number) => (a: number[], b: number[]) => [
  ...a,
  ...b,
  ...simdOp(code),
  ...ONE,
  ...simdOp(simd.and),
];

/**
 * Each element-wise op's f32x4 form, computing what its `cpu` expression (compiler/ops) computes, NaN and signed
 * zero included; `undefined` where WebAssembly has no instruction for it (the chain stays in JavaScript). A new
 * element-wise op without an entry here is a type error.
 */
const SIMD_OPS: { readonly [K in ElementwiseOpKind]: SimdExpr | undefined } = {
  abs: unary(simd.abs),
  add: binary(simd.add),
  div: binary(simd.div),
  equal: indicator(simd.f32Eq),
  exp: undefined,
  greater_equal: indicator(simd.f32Ge),
  log: undefined,
  // a >= b ? a : b
  maximum: (a, b) => [...a, ...b, ...a, ...b, ...simdOp(simd.f32Ge), ...simdOp(simd.bitselect)],
  mul: binary(simd.mul),
  neg: unary(simd.neg),
  pow: undefined,
  // x > 0 ? x : 0, which pmax(0, x) = (0 < x ? x : 0) is, NaN and -0 alike
  relu: (x) => [...ZERO, ...x, ...simdOp(simd.pmax)],
  sigmoid: undefined,
  sign: undefined,
  sqrt: unary(simd.sqrt),
  step: (x) => indicator(simd.f32Gt)(x, ZERO),
  stop_gradient: (x) => x,
  sub: binary(simd.sub),
  tanh: undefined,
};

/** The function a fused kernel runs as: its parameter count (n bytes, out, then one per leaf) and its code. */
export interface SimdLoop {
  readonly params: number;
  readonly code: number[];
}

/** How many elements a shape holds, as (has N, product of the numbers): equal pairs are equal at every batch. */
function size(shape: IrShape): [boolean, number] {
  return [shape.includes("N"), shape.reduce<number>((p, d) => (d === "N" ? p : p * d), 1)];
}

/**
 * How a leaf's elements meet the output's: one each ("full"), one for all ("scalar"), a row repeated along the
 * output's leading axes (a bias [512] against [N, 512]: `bytes` per row, whole vectors), or each value held for a
 * run of `run` bytes and the whole cycle repeated (a bias [C, 1, 1] against [N, C, H, W], runs of whole vectors).
 */
type Leaf =
  | { readonly kind: "full" | "scalar" }
  | { readonly kind: "row"; readonly bytes: number }
  | { readonly kind: "runs"; readonly run: number; readonly bytes: number };

const numbers = (dims: IrShape): readonly number[] | undefined =>
  dims.every((d): d is number => d !== "N") ? dims : undefined;
const product = (dims: readonly number[]) => dims.reduce((p, d) => p * d, 1);

function leafKind(leaf: IrShape, out: IrShape): Leaf | undefined {
  const [n, count] = size(leaf);
  const [outN, outCount] = size(out);
  if (n === outN && count === outCount) return { kind: "full" };
  if (!n && count === 1) return { kind: "scalar" };
  let start = 0;
  while (start < leaf.length && leaf[start] === 1) start++;
  const dims = numbers(leaf.slice(start));
  if (!dims || !dims.length || dims.length > out.length) return undefined;
  let ones = 0;
  while (dims[dims.length - 1 - ones] === 1) ones++;
  const held = dims.slice(0, dims.length - ones);
  const tail = out.slice(out.length - dims.length);
  if (held.some((d, i) => d !== tail[i])) return undefined;
  const runDims = numbers(tail.slice(held.length));
  if (!runDims) return undefined;
  const run = product(runDims);
  const bytes = 4 * product(held);
  if (ones === 0) return bytes % 16 === 0 ? { kind: "row", bytes } : undefined;
  return run % 4 === 0 ? { kind: "runs", run: 4 * run, bytes } : undefined;
}

/**
 * The SIMD loop of an element-wise kernel, or undefined where one of its ops has no f32x4 form, a value is not
 * float32, or a leaf is broadcast otherwise than as `Leaf` says (the strided walk stays in JavaScript). The loop
 * reads and writes whole vectors: the executor pads every buffer to 16 bytes.
 */
export function simdElementwise(k: Kernel): SimdLoop | undefined {
  if (k.result.type.dtype !== "f32" || k.args.some((a) => a.type.dtype !== "f32")) return undefined;
  const kinds: Leaf[] = [];
  for (const a of k.args) {
    const kind = leafKind(a.type.shape, k.result.type.shape);
    if (!kind) return undefined;
    kinds.push(kind);
  }
  const table: Partial<Record<OpKind, SimdExpr>> = SIMD_OPS;
  const exprs = k.instrs.map((ins) => table[ins.op]);
  if (exprs.some((e) => e === undefined)) return undefined;
  // Parameters: 0 n (bytes), 1 out, 2 + j leaf j. Locals: i; per leaf its offset (a row's or a cycle's) and the
  // bytes into its run; then a v128 per leaf and per value inside the chain.
  const m = k.args.length;
  const [nBytes, out, i] = [0, 1, 2 + m];
  const offset = (j: number) => 3 + m + j;
  const into = (j: number) => 3 + 2 * m + j;
  const leaf = (j: number) => 3 + 3 * m + j;
  const temp = (t: number) => 3 + 4 * m + t;
  const local = new Map(k.args.map((a, j) => [a.id, leaf(j)]));
  const loads = kinds.flatMap(({ kind }, j) =>
    kind === "scalar"
      ? []
      : [
          ...get(2 + j), ...get(kind === "full" ? i : offset(j)), op.i32Add,
          ...(kind === "runs" ? [...simdOp(simd.load32Splat), ...memArg(2)] : [...simdOp(simd.load), ...memArg(4)]),
          ...set(leaf(j)),
        ],
  ); // prettier-ignore
  // offset(j) += by, back to 0 at `end`.
  const advance = (j: number, by: number, end: number) => [
    ...i32(0),
    ...get(offset(j)), ...i32(by), op.i32Add, op.localTee, ...uleb(offset(j)),
    ...get(offset(j)), ...i32(end), op.i32GeU, op.select, ...set(offset(j)),
  ]; // prettier-ignore
  const wraps = kinds.flatMap((kind, j) =>
    kind.kind === "row"
      ? advance(j, 16, kind.bytes)
      : kind.kind === "runs"
        ? [
            ...get(into(j)), ...i32(16), op.i32Add, op.localTee, ...uleb(into(j)), ...i32(kind.run), op.i32GeU,
            op.if, op.void,
            ...i32(0), ...set(into(j)),
            ...advance(j, 4, kind.bytes),
            op.end,
          ]
        : [],
  ); // prettier-ignore
  const compute = k.instrs.flatMap((ins, t) => {
    const e = exprs[t]!(...ins.args.map((a) => get(local.get(a.id)!)));
    if (t === k.instrs.length - 1)
      return [...get(out), ...get(i), op.i32Add, ...e, ...simdOp(simd.store), ...memArg(4)];
    local.set(ins.result.id, temp(t));
    return [...e, ...set(temp(t))];
  });
  const body = [
    ...kinds.flatMap(({ kind }, j) =>
      kind === "scalar" ? [...get(2 + j), ...simdOp(simd.load32Splat), ...memArg(2), ...set(leaf(j))] : [],
    ),
    op.block, op.void,
    ...get(nBytes), op.i32Eqz, op.brIf, 0,
    op.loop, op.void,
    ...loads,
    ...compute,
    ...wraps,
    ...get(i), ...i32(16), op.i32Add, op.localTee, ...uleb(i), ...get(nBytes), op.i32LtU, op.brIf, 0,
    op.end,
    op.end,
  ]; // prettier-ignore
  return {
    params: 2 + m,
    code: funcCode(
      [
        [1 + 2 * m, I32],
        [m + k.instrs.length, V128],
      ],
      body,
    ),
  };
}
