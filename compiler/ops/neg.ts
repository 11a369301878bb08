/** neg(x) = -x. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const neg: ElementwiseOp<1> = {
  doc: "-x",
  arity: 1,
  attrs: {},
  type: sameAsInput,
  vjp: (b, _x, _y, dy) => [b.neg(dy)],
  kernel: elementwise(
    (x) => `(-${x})`,
    (x) => `(-${x})`,
  ),
};
