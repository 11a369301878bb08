/** maximum(a, b), element-wise, with NumPy broadcasting. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { broadcastF32 } from "./elementwise.js";

export const maximum: ElementwiseOp<2> = {
  doc: "the larger of a and b",
  arity: 2,
  attrs: {},
  type: broadcastF32,
  // The gradient goes to the larger operand; a tie gives it to `a`.
  vjp: (b, [x, y], _z, dy) => {
    const aWins = b.greaterEqual(x, y);
    return [
      b.sumTo(b.mul(dy, aWins), x.type.shape),
      b.sumTo(b.mul(dy, b.sub(b.scalar(1), aWins)), y.type.shape),
    ];
  },
  kernel: elementwise(
    (a, b) => `(${a} >= ${b} ? ${a} : ${b})`,
    (a, b) => `max(${a}, ${b})`,
  ),
};
