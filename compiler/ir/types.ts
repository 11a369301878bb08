// The IR: a typed SSA graph over the primitive ops of `compiler/ops/`. A function takes named inputs (the
// batch, parameters, optimizer state, scalars such as the learning rate) and returns named outputs. The batch
// dimension is the symbol N; every other dimension is known at compile time.

import type { ArgsOf, AttrsOfOp, OpKind } from "../ops/index.js";
import { mapTuple } from "../ops/op-def.js";

export type DType = "f32" | "i32";
export type Dim = number | "N";
export type IrShape = readonly Dim[];

export interface TensorType {
  readonly dtype: DType;
  readonly shape: IrShape;
}

/** An SSA value: a function input or the result of one instruction. */
export interface Value {
  readonly id: number;
  readonly type: TensorType;
}

/** What an attribute holds, whatever its op (the printer's and parser's view). */
export type AttrValue = number | boolean | readonly number[] | readonly Dim[];

/** An instruction of op K: its arguments and attributes typed by K's declaration. */
export interface InstrOf<K extends OpKind> {
  readonly op: K;
  readonly args: ArgsOf<K>;
  readonly attrs: AttrsOfOp<K>;
  readonly result: Value;
}

/** Any instruction; testing `op` narrows its arguments and attributes. */
export type Instr = { [K in OpKind]: InstrOf<K> }[OpKind];

/** The instruction with each argument replaced by `f`'s choice (a pass substituting values). */
export function mapArgs(ins: Instr, f: (v: Value) => Value): Instr {
  // The arguments keep their count, so they still fit the op; TypeScript does not pair the spread's op with them.
  return { ...ins, args: mapTuple(ins.args, f) } as Instr;
}

export interface NamedValue {
  readonly name: string;
  readonly value: Value;
}

export interface Func {
  readonly name: string;
  readonly inputs: readonly NamedValue[];
  readonly body: readonly Instr[];
  readonly outputs: readonly NamedValue[];
  /**
   * Names that passes gave to values of the body, by value id: a parameter's gradient is `d.linear1.weight`, so that
   * a reader of `--emit grad` finds dW where the lectures draw it. The others print as numbers.
   */
  readonly names: ReadonlyMap<number, string>;
}

export function tensor(dtype: DType, shape: IrShape): TensorType {
  return { dtype, shape };
}

export function fmtType(t: TensorType): string {
  return `${t.dtype}[${t.shape.join(",")}]`;
}

export function sameType(a: TensorType, b: TensorType): boolean {
  return (
    a.dtype === b.dtype && a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i])
  );
}

/** The number of elements for a given batch size. */
export function elementCount(shape: IrShape, batch: number): number {
  let n = 1;
  for (const d of shape) n *= d === "N" ? batch : d;
  return n;
}
