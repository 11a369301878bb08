/**
 * maxpool_backward(x, dy): maxpool's gradient, [N, c, h, w]: each window's dy lands on its maximum (windows that
 * overlap add up). Not itself differentiable: nothing differentiates a gradient twice.
 */
import { bug } from "../diagnostics.js";
import { family, type FamilyOp } from "./op-def.js";
import { inputGeometry, WINDOW_ATTRS } from "./window.js";

export const maxpool_backward: FamilyOp<2, typeof WINDOW_ATTRS, "maxpool"> = {
  doc: "maxpool's gradient: each window's upstream value routed to its maximum",
  arity: 2,
  attrs: WINDOW_ATTRS,
  type([x, dy], attrs) {
    if (x.dtype !== "f32" || dy.dtype !== "f32") return "expects f32";
    const g = inputGeometry(x.shape, attrs);
    if (typeof g === "string") return g;
    const want = ["N", g.c, g.oh, g.ow];
    if (dy.shape.length !== 4 || dy.shape.some((d, i) => d !== want[i]))
      return `expects dy of [${want}], got [${dy.shape}]`;
    return x;
  },
  vjp: () => bug("maxpool_backward is not differentiable"),
  kernel: family("maxpool"),
};
