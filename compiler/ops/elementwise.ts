// Type rules shared by the element-wise ops: unary ops keep their input's type; binary ops broadcast.

import type { Dim, IrShape, TensorType } from "../ir/value.js";

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
