/**
 * im2col(x): [N, c, h, w] → [N, oh·ow, c·kh·kw], each window's elements as one row (zero where it overlaps the
 * padding), ordered (c, ky, kx) as a conv2d weight [f, c, kh, kw] flattens. A convolution is then one matmul.
 */
import { family, type FamilyOp } from "./op-def.js";
import { inputGeometry, WINDOW_ATTRS, withSize } from "./window.js";

export const im2col: FamilyOp<1, typeof WINDOW_ATTRS, "im2col"> = {
  doc: "sliding windows unrolled into rows",
  arity: 1,
  attrs: WINDOW_ATTRS,
  type([x], attrs) {
    if (x.dtype !== "f32") return "expects f32";
    const g = inputGeometry(x.shape, attrs);
    if (typeof g === "string") return g;
    return { dtype: "f32", shape: ["N", g.oh * g.ow, g.c * g.kh * g.kw] };
  },
  // Each input element was copied into every window row it appears in: its gradient sums them back (col2im).
  vjp: (b, [x], _y, dy, attrs) => [b.col2im(dy, withSize(attrs, x))],
  kernel: family("im2col"),
};
