/** log(x), the natural logarithm. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const log: ElementwiseOp<1> = {
  doc: "ln x",
  arity: 1,
  attrs: {},
  type: sameAsInput,
  // d/dx ln x = 1/x
  vjp: (b, [x], _y, dy) => [b.div(dy, x)],
  kernel: elementwise(
    (x) => `Math.log(${x})`,
    (x) => `log(${x})`,
  ),
};
