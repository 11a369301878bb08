/** sign(x) ∈ {-1, 0, 1}. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { noGradient, sameAsInput } from "./elementwise.js";

export const sign: ElementwiseOp<1> = {
  doc: "-1, 0 or 1 as x is negative, zero or positive",
  arity: 1,
  attrs: {},
  type: sameAsInput,
  // Piecewise constant: its derivative is 0 wherever it exists.
  vjp: noGradient,
  kernel: elementwise(
    (x) => `Math.sign(${x})`,
    (x) => `sign(${x})`,
  ),
};
