// Sliding windows over [N, C, H, W], shared by im2col/col2im (convolution) and the pooling ops: the geometry from
// an op's attributes, and the WGSL loop over the windows that cover one input element, which the backward kernels
// use to gather their sums instead of scattering them (no atomics on a GPU).

import type { Attrs, Dim, TensorType, Value } from "../ir/types.js";

/** Attributes of every window op: kernel [kh, kw], stride [sh, sw], pads [top, bottom, left, right]. */
export const WINDOW_ATTRS = ["kernel", "stride", "pads"] as const;

/** The window attributes alone (a backward op's `size` dropped): what the forward op of a transpose takes. */
export function windowOnly(attrs: Attrs): Attrs {
  return Object.fromEntries(WINDOW_ATTRS.map((k) => [k, attrs[k]!]));
}

/** The window attributes and the [h, w] of input `x`: what a backward op needs to rebuild it. */
export function withSize(attrs: Attrs, x: Value): Attrs {
  return { ...windowOnly(attrs), size: [x.type.shape[2] as number, x.type.shape[3] as number] };
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
export function geometry(c: Dim, h: Dim, w: Dim, attrs: Attrs): Geometry | string {
  if (typeof c !== "number" || typeof h !== "number" || typeof w !== "number")
    return "expects [N, c, h, w] with fixed c, h and w";
  const [kh, kw] = attrs["kernel"] as readonly number[];
  const [sh, sw] = attrs["stride"] as readonly number[];
  const [pt, pb, pl, pr] = attrs["pads"] as readonly number[];
  const oh = Math.floor((h + pt! + pb! - kh!) / sh!) + 1;
  const ow = Math.floor((w + pl! + pr! - kw!) / sw!) + 1;
  if (!(oh >= 1 && ow >= 1)) return `the ${kh}×${kw} window does not fit in ${h}×${w} padded`;
  return { c, h, w, kh: kh!, kw: kw!, sh: sh!, sw: sw!, pt: pt!, pl: pl!, oh, ow };
}

/** The geometry of an op whose argument is [N, c, h, w]. */
export function inputGeometry(shape: readonly Dim[], attrs: Attrs): Geometry | string {
  if (shape.length !== 4 || shape[0] !== "N") return "expects [N, c, h, w]";
  return geometry(shape[1]!, shape[2]!, shape[3]!, attrs);
}

/** The geometry of a backward op that rebuilds [N, c, h, w] of `size` [h, w] from per-window values. */
export function sizedGeometry(c: number, attrs: Attrs): Geometry | string {
  const [h, w] = attrs["size"] as readonly number[];
  return geometry(c, h!, w!, attrs);
}

/**
 * The geometry in a kernel, from its [N, c, h, w] operand or result (concrete, or with N), whose shape the type
 * rule already checked.
 */
export function geometryOf(shape: readonly Dim[], attrs: Attrs): Geometry {
  const g = geometry(shape[1]!, shape[2]!, shape[3]!, attrs);
  if (typeof g === "string") throw new Error(`compiler bug: ${g}`);
  return g;
}

/** The type rule of the pooling ops: [N, c, h, w] → [N, c, oh, ow]. */
export function pooledType([x]: readonly TensorType[], attrs: Attrs): TensorType | string {
  if (x!.dtype !== "f32") return "expects f32";
  const g = inputGeometry(x!.shape, attrs);
  return typeof g === "string" ? g : { dtype: "f32", shape: ["N", g.c, g.oh, g.ow] };
}

/** Declares `n`, `c`, `iy`, `ix` for invocation `i` over the input [N, c, h, w]. */
export function wgslInputIndex(g: Geometry): string {
  return [
    `let ix = i % ${g.w}u;`,
    `let iy = (i / ${g.w}u) % ${g.h}u;`,
    `let c = (i / ${g.w * g.h}u) % ${g.c}u;`,
    `let n = i / ${g.w * g.h * g.c}u;`,
  ].join("\n  ");
}

/** Declares `n`, `c`, `oy`, `ox` for invocation `i` over the output [N, c, oh, ow]. */
export function wgslOutputIndex(g: Geometry): string {
  return [
    `let ox = i % ${g.ow}u;`,
    `let oy = (i / ${g.ow}u) % ${g.oh}u;`,
    `let c = (i / ${g.ow * g.oh}u) % ${g.c}u;`,
    `let n = i / ${g.ow * g.oh * g.c}u;`,
  ].join("\n  ");
}

/**
 * A loop over the windows that contain input element (iy, ix): `body` sees the window `oy`, `ox` and the element's
 * place in it `ky`, `kx` (all u32).
 */
export function wgslCoveringWindows(g: Geometry, body: string): string {
  return [
    `for (var ky = 0u; ky < ${g.kh}u; ky++) {`,
    `  let ty = i32(iy) + ${g.pt}i - i32(ky);`,
    `  if (ty < 0 || ty % ${g.sh}i != 0 || ty / ${g.sh}i >= ${g.oh}i) { continue; }`,
    `  let oy = u32(ty / ${g.sh}i);`,
    `  for (var kx = 0u; kx < ${g.kw}u; kx++) {`,
    `    let tx = i32(ix) + ${g.pl}i - i32(kx);`,
    `    if (tx < 0 || tx % ${g.sw}i != 0 || tx / ${g.sw}i >= ${g.ow}i) { continue; }`,
    `    let ox = u32(tx / ${g.sw}i);`,
    `    ${body}`,
    `  }`,
    `}`,
  ].join("\n  ");
}

/**
 * A loop over the in-bounds elements of window (`oy`, `ox`), expressions: `body` sees the input offset `at` of
 * (n, c, py, px). Its names do not clash with wgslCoveringWindows's, so that one may nest in the other.
 */
export function wgslWindowElements(g: Geometry, oy: string, ox: string, body: string): string {
  return [
    `for (var ey = 0u; ey < ${g.kh}u; ey++) {`,
    `  let py = i32(${oy} * ${g.sh}u + ey) - ${g.pt}i;`,
    `  if (py < 0 || py >= ${g.h}i) { continue; }`,
    `  for (var ex = 0u; ex < ${g.kw}u; ex++) {`,
    `    let px = i32(${ox} * ${g.sw}u + ex) - ${g.pl}i;`,
    `    if (px < 0 || px >= ${g.w}i) { continue; }`,
    `    let at = ((n * ${g.c}u + c) * ${g.h}u + u32(py)) * ${g.w}u + u32(px);`,
    `    ${body}`,
    `  }`,
    `}`,
  ].join("\n  ");
}
