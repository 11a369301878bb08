// What every primitive op declares, side by side (DESIGN.md, "One op, one place"): its type rule, its
// vector-Jacobian product written as more IR, its CPU kernel and its WGSL kernel. Autodiff and the backends look
// ops up in the table of `index.ts`; they never test an op's name.

import type { Builder } from "../ir/builder.js";
import type { Attrs, Dim, IrShape, TensorType, Value } from "../ir/types.js";
import type { WgslCtx, WgslTarget } from "../lower/wgsl-ctx.js";

/**
 * The gradients of an op's inputs given its output's gradient `dy`; `undefined` where none flows (integer inputs,
 * random masks, stopped gradients).
 */
export type Vjp = (
  b: Builder,
  args: readonly Value[],
  y: Value,
  dy: Value,
  attrs: Attrs,
) => readonly (Value | undefined)[];

/** A CPU kernel: an element-wise expression the backend compiles into a loop, or a hand-written loop nest. */
export type CpuKernel =
  | { readonly kind: "map"; readonly expr: (x: string, attrs: Attrs) => string }
  | { readonly kind: "zip"; readonly expr: (a: string, b: string, attrs: Attrs) => string }
  | { readonly kind: "custom"; readonly run: CpuRun };

/** f32 values live in Float32Arrays; `nnc gradcheck` runs the same kernels over Float64Arrays. */
export type Buffer = Float32Array | Float64Array | Int32Array;

/** Runs a custom kernel: inputs and output are dense row-major buffers of the instruction's types at batch `n`. */
export type CpuRun = (io: {
  readonly inputs: readonly Buffer[];
  readonly output: Buffer;
  readonly inputShapes: readonly (readonly number[])[];
  readonly outputShape: readonly number[];
  readonly attrs: Attrs;
  /** N for this batch. */
  readonly batch: number;
}) => void;

/**
 * A WGSL kernel: an element-wise expression the backend wraps in a kernel (and may fuse with its neighbours), or
 * the body of a kernel with one invocation per output element `i` (u32), reading `in0`, `in1`, … and writing
 * `out`, with shapes and index helpers from the context. `matmul` brings a whole tiled kernel instead.
 */
export type WgslKernel =
  | { readonly kind: "map"; readonly expr: (x: string, attrs: Attrs) => string }
  | { readonly kind: "zip"; readonly expr: (a: string, b: string, attrs: Attrs) => string }
  | {
      readonly kind: "custom";
      readonly body: (ctx: WgslCtx) => string;
      /** Invocations for concrete shapes, when not one per output element; the body's `i` then counts these. */
      readonly threads?: (
        output: readonly number[],
        inputs: readonly (readonly number[])[],
        attrs: Attrs,
        target: WgslTarget,
      ) => number;
      /** Module-scope declarations the body needs (workgroup memory). */
      readonly globals?: (ctx: WgslCtx) => string;
      /** How invocations map to the output, for the dispatch plan: "one invocation per element" by default. */
      readonly per?: (target: WgslTarget) => string;
    };

export interface OpDef {
  /** One line: what the op computes. */
  readonly doc: string;
  readonly arity: number;
  /** The attributes the op takes, for the IR parser and verifier. */
  readonly attrs: readonly string[];
  /** The result type, or why there is none (a compiler bug: the front end checked the program's shapes). */
  type(args: readonly TensorType[], attrs: Attrs): TensorType | string;
  readonly vjp: Vjp;
  readonly cpu: CpuKernel;
  readonly wgsl?: WgslKernel;
}

// Helpers for type rules -----------------------------------------------------------------------------------------

/** NumPy broadcasting of two IR shapes; N broadcasts only with N or 1. */
export function broadcastShapes(a: IrShape, b: IrShape): IrShape | string {
  const n = Math.max(a.length, b.length);
  const out: Dim[] = [];
  for (let i = 1; i <= n; i++) {
    const x = a.at(-i) ?? 1;
    const y = b.at(-i) ?? 1;
    if (x === y || y === 1) out.unshift(x);
    else if (x === 1) out.unshift(y);
    else return `shapes [${a.join(",")}] and [${b.join(",")}] do not broadcast`;
  }
  return out;
}

export function f32(shape: IrShape): TensorType {
  return { dtype: "f32", shape };
}

export function axesAttr(attrs: Attrs, rank: number): number[] {
  const axes = attrs["axes"] as readonly number[];
  return axes.map((a) => (a < 0 ? a + rank : a));
}
