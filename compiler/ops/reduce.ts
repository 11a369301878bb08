// Type rule shared by reduce_sum and reduce_max: drop (or keep as 1) the reduced axes.

import type { Dim, TensorType } from "../ir/value.js";
import { normaliseAxes } from "./op-def.js";

export const REDUCE_ATTRS = { axes: "ints", keepdims: "bool" } as const;

export interface ReduceAttrs {
  readonly axes: readonly number[];
  readonly keepdims: boolean;
}

export function reducedType([x]: readonly [TensorType], attrs: ReduceAttrs): TensorType | string {
  if (x.dtype !== "f32") return "expects f32";
  const rank = x.shape.length;
  const axes = normaliseAxes(attrs.axes, rank);
  if (axes.some((a) => a < 0 || a >= rank)) return `axes [${axes}] out of range for rank ${rank}`;
  const shape: Dim[] = [];
  x.shape.forEach((d, i) => {
    if (!axes.includes(i)) shape.push(d);
    else if (attrs.keepdims) shape.push(1);
  });
  return { dtype: "f32", shape };
}

/** The output shape with reduced axes kept as 1: how a reduction's gradient is broadcast back. */
export function keptShape(x: TensorType, attrs: ReduceAttrs): Dim[] {
  const axes = normaliseAxes(attrs.axes, x.shape.length);
  return x.shape.map((d, i) => (axes.includes(i) ? 1 : d));
}
