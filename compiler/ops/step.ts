/** step(x) = 1 where x > 0, else 0: relu's derivative. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { noGradient, sameAsInput } from "./elementwise.js";

export const step: ElementwiseOp<1> = {
  doc: "1 where x > 0, else 0",
  arity: 1,
  attrs: {},
  type: sameAsInput,
  vjp: noGradient,
  kernel: elementwise(
    (x) => `(${x} > 0 ? 1 : 0)`,
    (x) => `select(0.0, 1.0, ${x} > 0.0)`,
  ),
};
