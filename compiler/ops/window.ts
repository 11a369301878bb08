// Sliding windows over [N, C, H, W], shared by im2col/col2im (convolution) and the pooling ops: their attributes,
// the geometry those give, and the pooling type rule. The backends' window kernels read the same geometry.

import { bug } from "../diagnostics.js";
import type { Dim, TensorType, Value } from "../ir/value.js";
import type { AttrsOf } from "./attrs.js";
import { windowPositions } from "../shapes/window.js";

/** Attributes of every window op: kernel [kh, kw], stride [sh, sw], pads [top, bottom, left, right]. */
export const WINDOW_ATTRS = { kernel: "pair", stride: "pair", pads: "quad" } as const;
/** A backward op also takes the [h, w] of the input it rebuilds. */
export const SIZED_WINDOW_ATTRS = { ...WINDOW_ATTRS, size: "pair" } as const;

export type WindowAttrs = AttrsOf<typeof WINDOW_ATTRS>;
export type SizedWindowAttrs = AttrsOf<typeof SIZED_WINDOW_ATTRS>;

/** The window attributes alone (a backward op's `size` dropped): what the forward op of a transpose takes. */
export function windowOnly({ kernel, stride, pads }: WindowAttrs): WindowAttrs {
  return { kernel, stride, pads };
}

/** The window attributes and the [h, w] of input `x`: what a backward op needs to rebuild it. */
export function withSize(attrs: WindowAttrs, x: Value): SizedWindowAttrs {
  const [, , h, w] = x.type.shape;
  if (typeof h !== "number" || typeof w !== "number") return bug("a window input without fixed [h, w]");
  return { ...windowOnly(attrs), size: [h, w] };
}

export interface Geometry {
  readonly c: number;
  readonly h: number;
  readonly w: number;
  readonly kh: number;
  readonly kw: number;
  readonly sh: number;
  readonly sw: number;
  /** Padding before the first row and column. */
  readonly pt: number;
  readonly pl: number;
  readonly oh: number;
  readonly ow: number;
}

/** The geometry of a window op over an input of [c, h, w] per example, or why there is none. */
export function geometry(
  c: Dim | undefined,
  h: Dim | undefined,
  w: Dim | undefined,
  attrs: WindowAttrs,
): Geometry | string {
  if (typeof c !== "number" || typeof h !== "number" || typeof w !== "number")
    return "expects [N, c, h, w] with fixed c, h and w";
  const [kh, kw] = attrs.kernel;
  const [sh, sw] = attrs.stride;
  const [pt, pb, pl, pr] = attrs.pads;
  const oh = windowPositions(h, kh, sh, [pt, pb]);
  const ow = windowPositions(w, kw, sw, [pl, pr]);
  if (oh === undefined || ow === undefined) return `the ${kh}×${kw} window does not fit in ${h}×${w} padded`;
  return { c, h, w, kh, kw, sh, sw, pt, pl, oh, ow };
}

/** The geometry of an op whose argument is [N, c, h, w]. */
export function inputGeometry(shape: readonly Dim[], attrs: WindowAttrs): Geometry | string {
  if (shape.length !== 4 || shape[0] !== "N") return "expects [N, c, h, w]";
  return geometry(shape[1], shape[2], shape[3], attrs);
}

/** The geometry of a backward op that rebuilds [N, c, h, w] of `size` [h, w] from per-window values. */
export function sizedGeometry(c: Dim | undefined, attrs: SizedWindowAttrs): Geometry | string {
  return geometry(c, attrs.size[0], attrs.size[1], attrs);
}

/**
 * The geometry in a kernel, from its [N, c, h, w] operand or result (concrete, or with N), whose shape the type
 * rule already checked.
 */
export function geometryOf(shape: readonly Dim[], attrs: WindowAttrs): Geometry {
  const g = geometry(shape[1], shape[2], shape[3], attrs);
  return typeof g === "string" ? bug(g) : g;
}

/** The type rule of the pooling ops: [N, c, h, w] → [N, c, oh, ow]. */
export function pooledType([x]: readonly [TensorType], attrs: WindowAttrs): TensorType | string {
  if (x.dtype !== "f32") return "expects f32";
  const g = inputGeometry(x.shape, attrs);
  return typeof g === "string" ? g : { dtype: "f32", shape: ["N", g.c, g.oh, g.ow] };
}

/** The type rule of the backward window ops: [N, c, oh, ow] per-window values → [N, c, h, w] of `size`. */
export function unpooledType([dy]: readonly [TensorType], attrs: SizedWindowAttrs): TensorType | string {
  if (dy.dtype !== "f32" || dy.shape.length !== 4 || dy.shape[0] !== "N") return "expects f32 [N, c, oh, ow]";
  const g = sizedGeometry(dy.shape[1], attrs);
  if (typeof g === "string") return g;
  if (dy.shape[2] !== g.oh || dy.shape[3] !== g.ow) return `expects ${g.oh}×${g.ow} windows`;
  return { dtype: "f32", shape: ["N", g.c, g.h, g.w] };
}
