/** sub(a, b) = a - b, with NumPy broadcasting. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { broadcastF32 } from "./elementwise.js";

export const sub: ElementwiseOp<2> = {
  doc: "a - b",
  arity: 2,
  attrs: {},
  type: broadcastF32,
  vjp: (b, [x, y], _z, dy) => [b.sumTo(dy, x.type.shape), b.sumTo(b.neg(dy), y.type.shape)],
  kernel: elementwise(
    (a, b) => `(${a} - ${b})`,
    (a, b) => `(${a} - ${b})`,
  ),
};
