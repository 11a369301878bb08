/** add(a, b) = a + b, with NumPy broadcasting. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { broadcastF32 } from "./elementwise.js";

export const add: ElementwiseOp<2> = {
  doc: "a + b",
  arity: 2,
  attrs: {},
  type: broadcastF32,
  // Each operand gets dy, summed back over the axes it was broadcast along.
  vjp: (b, [x, y], _z, dy) => [b.sumTo(dy, x.type.shape), b.sumTo(dy, y.type.shape)],
  kernel: elementwise(
    (a, b) => `(${a} + ${b})`,
    (a, b) => `(${a} + ${b})`,
  ),
};
