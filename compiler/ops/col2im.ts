/**
 * col2im(cols): [N, oh·ow, c·kh·kw] → [N, c, h, w] of `size` [h, w], every window row summed back into the
 * positions it was unrolled from: the transpose of im2col, and its gradient.
 */
import { family, type FamilyOp } from "./op-def.js";
import { SIZED_WINDOW_ATTRS, sizedGeometry, windowOnly } from "./window.js";

export const col2im: FamilyOp<1, typeof SIZED_WINDOW_ATTRS, "im2col"> = {
  doc: "window rows summed back into an image (im2col's transpose)",
  arity: 1,
  attrs: SIZED_WINDOW_ATTRS,
  type([cols], attrs) {
    const [n, windows, k] = cols.shape;
    if (cols.dtype !== "f32" || cols.shape.length !== 3 || n !== "N" || typeof k !== "number")
      return "expects f32 [N, windows, c·kh·kw]";
    const [kh, kw] = attrs.kernel;
    if (k % (kh * kw) !== 0) return `rows of ${k} are not whole ${kh}×${kw} windows`;
    const g = sizedGeometry(k / (kh * kw), attrs);
    if (typeof g === "string") return g;
    if (windows !== g.oh * g.ow) return `expects ${g.oh * g.ow} windows, got ${windows}`;
    return { dtype: "f32", shape: ["N", g.c, g.h, g.w] };
  },
  vjp: (b, _x, _y, dy, attrs) => [b.im2col(dy, windowOnly(attrs))],
  kernel: family("im2col"),
};
