/** exp(x) = e^x. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const exp: ElementwiseOp<1> = {
  doc: "e^x",
  arity: 1,
  attrs: {},
  type: sameAsInput,
  // d/dx e^x = e^x: reuse the output.
  vjp: (b, _x, y, dy) => [b.mul(dy, y)],
  kernel: elementwise(
    (x) => `Math.exp(${x})`,
    (x) => `exp(${x})`,
  ),
};
