// What every primitive op declares, side by side (DESIGN.md, "One op, one place"): its arity and attributes, its
// type rule, its vector-Jacobian product written as more IR, and how the backends run it: an element-wise
// expression for each, or the name of a kernel family that each backend folder implements (backends/*/kernels).
// Nothing here knows a backend; autodiff and the backends look ops up in the table of `index.ts`.

import type { TensorType, Value } from "../ir/value.js";
import type { AttrKind, AttrSchema, AttrsOf } from "./attrs.js";
import type { Emitter } from "./emitter.js";

export type Arity = 0 | 1 | 2;

/** N values of T, as a tuple: an op's arguments can be destructured without `!`. */
export type Tuple<N extends Arity, T> = N extends 0
  ? readonly []
  : N extends 1
    ? readonly [T]
    : readonly [T, T];

/**
 * The kernels each backend folder implements, by family: the ops of one family share their engineering there
 * (tilings, strided walks, window loops).
 */
export type KernelFamily =
  | "matmul"
  | "reduce"
  | "argmax"
  | "layout"
  | "fill"
  | "cast"
  | "one_hot"
  | "dropout_mask"
  | "im2col"
  | "maxpool"
  | "avgpool";

/** One element of the result from the operands' elements, as an expression in a backend's language. */
export type ElementExpr = (...operands: string[]) => string;

export interface ElementwiseKernel {
  readonly kind: "elementwise";
  readonly cpu: ElementExpr;
  readonly wgsl: ElementExpr;
}

export interface FamilyKernel<F extends KernelFamily> {
  readonly kind: "family";
  readonly family: F;
}

/** How the backends run an op: an expression per element (which they may fuse), or a kernel family of theirs. */
export type Kernel = ElementwiseKernel | FamilyKernel<KernelFamily>;

export interface OpDef<N extends Arity, S extends AttrSchema, K extends Kernel = Kernel> {
  /** One line: what the op computes. */
  readonly doc: string;
  readonly arity: N;
  /** The attributes the op takes: the IR parser and verifier read them by this schema. */
  readonly attrs: S;
  /** The result type, or why there is none (a compiler bug: the front end checked the program's shapes). */
  type(args: Tuple<N, TensorType>, attrs: AttrsOf<S>): TensorType | string;
  /**
   * The gradients of the inputs given the output's gradient `dy`; `undefined` where none flows (integer inputs,
   * random masks, stopped gradients).
   */
  vjp(b: Emitter, args: Tuple<N, Value>, y: Value, dy: Value, attrs: AttrsOf<S>): Tuple<N, Value | undefined>;
  readonly kernel: K;
}

/** An op both backends evaluate as an expression per element. */
export type ElementwiseOp<N extends Arity> = OpDef<N, Record<never, AttrKind>, ElementwiseKernel>;

/** An op run by kernel family F of each backend. */
export type FamilyOp<N extends Arity, S extends AttrSchema, F extends KernelFamily> = OpDef<
  N,
  S,
  FamilyKernel<F>
>;

/** An element-wise op's expression on the CPU (JavaScript) and in WGSL. */
export function elementwise(cpu: ElementExpr, wgsl: ElementExpr): ElementwiseKernel {
  return { kind: "elementwise", cpu, wgsl };
}

/** An op run by a kernel family of the backends. */
export function family<const F extends KernelFamily>(name: F): FamilyKernel<F> {
  return { kind: "family", family: name };
}

/** Each element of a tuple through `f`: the result has the same length. */
export function mapTuple<N extends Arity, A, B>(t: Tuple<N, A>, f: (a: A) => B): Tuple<N, B> {
  // A map keeps the tuple's length; TypeScript cannot follow that through `map`.
  return t.map(f) as readonly B[] as Tuple<N, B>;
}

/** The arguments' types, as the type rule takes them. */
export function typesOf<N extends Arity>(args: Tuple<N, Value>): Tuple<N, TensorType> {
  return mapTuple(args, (a) => a.type);
}

/** Negative axes count from the end, as in NumPy. */
export function normaliseAxes(axes: readonly number[], rank: number): number[] {
  return axes.map((a) => (a < 0 ? a + rank : a));
}
