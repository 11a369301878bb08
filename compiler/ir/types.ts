// The IR: a typed SSA graph over the primitive ops of `compiler/ops/`. A function takes named inputs (the
// batch, parameters, optimizer state, scalars such as the learning rate) and returns named outputs. The batch
// dimension is the symbol N; every other dimension is known at compile time.

import type { ArgsOf, AttrsOfOp, OpKind } from "../ops/index.js";
import { mapTuple } from "../ops/op-def.js";
import type { Origin } from "./origin.js";
import type { Value } from "./value.js";

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
  /** Where each instruction's result came from (origin.ts), by value id; absent for IR read from text. */
  readonly origins?: ReadonlyMap<number, Origin>;
}
