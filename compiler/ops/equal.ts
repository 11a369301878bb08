/** equal(a, b) = 1 where a = b, else 0, with NumPy broadcasting: where a maximum came from. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { broadcastF32 } from "./elementwise.js";

export const equal: ElementwiseOp<2> = {
  doc: "1 where a = b, else 0",
  arity: 2,
  attrs: {},
  type: broadcastF32,
  vjp: () => [undefined, undefined],
  kernel: elementwise(
    (a, b) => `(${a} === ${b} ? 1 : 0)`,
    (a, b) => `select(0.0, 1.0, ${a} == ${b})`,
  ),
};
