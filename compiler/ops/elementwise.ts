// Type rules shared by the element-wise ops: unary ops keep their input's type; binary ops broadcast.

import type { TensorType } from "../ir/types.js";
import { broadcastShapes } from "./op-def.js";

export function sameAsInput([x]: readonly TensorType[]): TensorType | string {
  return x!.dtype === "f32" ? x! : `expects f32, got ${x!.dtype}`;
}

export function broadcastF32([a, b]: readonly TensorType[]): TensorType | string {
  if (a!.dtype !== "f32" || b!.dtype !== "f32") return `expects f32 operands`;
  const shape = broadcastShapes(a!.shape, b!.shape);
  return typeof shape === "string" ? shape : { dtype: "f32", shape };
}

/** No gradient flows through this input. */
export const noGradient = (): undefined[] => [undefined];
