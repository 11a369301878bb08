/** abs(x) = |x|. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const abs: ElementwiseOp<1> = {
  doc: "|x|",
  arity: 1,
  attrs: {},
  type: sameAsInput,
  // d/dx |x| = sign(x), 0 at 0 (as PyTorch)
  vjp: (b, [x], _y, dy) => [b.mul(dy, b.sign(x))],
  kernel: elementwise(
    (x) => `Math.abs(${x})`,
    (x) => `abs(${x})`,
  ),
};
