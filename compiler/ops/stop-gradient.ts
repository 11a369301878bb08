/** stop_gradient(x) = x, through which no gradient flows (the max subtracted in a stable softmax). */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { noGradient, sameAsInput } from "./elementwise.js";

export const stop_gradient: ElementwiseOp<1> = {
  doc: "x, as a constant for autodiff",
  arity: 1,
  attrs: {},
  type: sameAsInput,
  vjp: noGradient,
  kernel: elementwise(
    (x) => x,
    (x) => x,
  ),
};
