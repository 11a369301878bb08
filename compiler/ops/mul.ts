/** mul(a, b) = a · b, element-wise, with NumPy broadcasting. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { broadcastF32 } from "./elementwise.js";

export const mul: ElementwiseOp<2> = {
  doc: "a · b",
  arity: 2,
  attrs: {},
  type: broadcastF32,
  // ∂(ab)/∂a = b, ∂(ab)/∂b = a
  vjp: (b, [x, y], _z, dy) => [b.sumTo(b.mul(dy, y), x.type.shape), b.sumTo(b.mul(dy, x), y.type.shape)],
  kernel: elementwise(
    (a, b) => `(${a} * ${b})`,
    (a, b) => `(${a} * ${b})`,
  ),
};
