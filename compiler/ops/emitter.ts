// What a gradient rule builds its IR with. The IR builder (compiler/ir/builder.ts) implements it; it is declared
// here, over values and attribute types alone, so that the op files need nothing of the builder, which needs the
// op table.

import type { IrShape, Value } from "../ir/value.js";
import type { SizedWindowAttrs, WindowAttrs } from "./window.js";

export interface Emitter {
  add(a: Value, b: Value): Value;
  sub(a: Value, b: Value): Value;
  mul(a: Value, b: Value): Value;
  div(a: Value, b: Value): Value;
  pow(a: Value, b: Value): Value;
  /** 1 where a = b, else 0. */
  equal(a: Value, b: Value): Value;
  /** 1 where a ≥ b, else 0. */
  greaterEqual(a: Value, b: Value): Value;
  neg(x: Value): Value;
  log(x: Value): Value;
  step(x: Value): Value;
  sign(x: Value): Value;
  /** An f32 scalar. */
  scalar(value: number): Value;
  sum(x: Value, axes: readonly number[], keepdims?: boolean): Value;
  reshape(x: Value, shape: IrShape): Value;
  broadcast(x: Value, shape: IrShape): Value;
  transpose(x: Value, perm: readonly number[]): Value;
  /** a, then b, along `axis`. */
  concat(a: Value, b: Value, axis: number): Value;
  /** `size` elements along `axis` from `start`. */
  slice(x: Value, axis: number, start: number, size: number): Value;
  matmul(a: Value, b: Value, opts?: { transposeA?: boolean; transposeB?: boolean }): Value;
  /** A gradient broadcast from `shape`, summed back down to it. */
  sumTo(dy: Value, shape: IrShape): Value;
  im2col(x: Value, attrs: WindowAttrs): Value;
  col2im(cols: Value, attrs: SizedWindowAttrs): Value;
  avgpool(x: Value, attrs: WindowAttrs): Value;
  avgpoolBackward(dy: Value, attrs: SizedWindowAttrs): Value;
  maxpoolBackward(x: Value, dy: Value, attrs: WindowAttrs): Value;
}
