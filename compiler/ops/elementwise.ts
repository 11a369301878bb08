// Type rules shared by the element-wise ops: unary ops keep their input's type; binary ops broadcast.

import type { IrShape, TensorType } from "../ir/value.js";
import { broadcast } from "../shapes/broadcast.js";

/** NumPy broadcasting of two IR shapes (compiler/shapes/broadcast.ts), or why they do not broadcast. */
export function broadcastShapes(a: IrShape, b: IrShape): IrShape | string {
  const r = broadcast(a, b);
  return r.ok ? r.shape : `shapes [${a.join(",")}] and [${b.join(",")}] do not broadcast`;
}

export function sameAsInput([x]: readonly [TensorType]): TensorType | string {
  return x.dtype === "f32" ? x : `expects f32, got ${x.dtype}`;
}

export function broadcastF32([a, b]: readonly [TensorType, TensorType]): TensorType | string {
  if (a.dtype !== "f32" || b.dtype !== "f32") return `expects f32 operands`;
  const shape = broadcastShapes(a.shape, b.shape);
  return typeof shape === "string" ? shape : { dtype: "f32", shape };
}

/** No gradient flows through this input. */
export const noGradient = (): readonly [undefined] => [undefined];
