/** pow(a, b) = a^b, with NumPy broadcasting: Adam's bias corrections β^t. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { broadcastF32 } from "./elementwise.js";

export const pow: ElementwiseOp<2> = {
  doc: "a^b",
  arity: 2,
  attrs: {},
  type: broadcastF32,
  // ∂a^b/∂a = b·a^(b-1), ∂a^b/∂b = a^b·ln a
  vjp: (b, [x, y], z, dy) => [
    b.sumTo(b.mul(dy, b.mul(y, b.pow(x, b.sub(y, b.scalar(1))))), x.type.shape),
    b.sumTo(b.mul(dy, b.mul(z, b.log(x))), y.type.shape),
  ],
  kernel: elementwise(
    (a, b) => `Math.pow(${a}, ${b})`,
    (a, b) => `pow(${a}, ${b})`,
  ),
};
