/** div(a, b) = a / b, with NumPy broadcasting. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { broadcastF32 } from "./elementwise.js";

export const div: ElementwiseOp<2> = {
  doc: "a / b",
  arity: 2,
  attrs: {},
  type: broadcastF32,
  // ∂(a/b)/∂a = 1/b, ∂(a/b)/∂b = -a/b² = -(a/b)/b: reuse the output.
  vjp: (b, [x, y], z, dy) => [
    b.sumTo(b.div(dy, y), x.type.shape),
    b.sumTo(b.neg(b.div(b.mul(dy, z), y)), y.type.shape),
  ],
  kernel: elementwise(
    (a, b) => `(${a} / ${b})`,
    (a, b) => `(${a} / ${b})`,
  ),
};
