/**
 * avgpool_backward(dy): avgpool's gradient (its transpose), [N, c, h, w] of `size` [h, w]: each element gets
 * dy/(kh·kw) from every window that covers it. Linear, so its own gradient is avgpool.
 */
import { family, type FamilyOp } from "./op-def.js";
import { SIZED_WINDOW_ATTRS, unpooledType, windowOnly } from "./window.js";

export const avgpool_backward: FamilyOp<1, typeof SIZED_WINDOW_ATTRS, "avgpool"> = {
  doc: "avgpool's transpose: each window's value spread evenly over it",
  arity: 1,
  attrs: SIZED_WINDOW_ATTRS,
  type: unpooledType,
  vjp: (b, _x, _y, dy, attrs) => [b.avgpool(dy, windowOnly(attrs))],
  kernel: family("avgpool"),
};
