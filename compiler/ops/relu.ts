/** relu(x) = max(x, 0), elementwise. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const relu: ElementwiseOp<1> = {
  doc: "max(x, 0)",
  arity: 1,
  attrs: {},
  type: sameAsInput,
  // d/dx relu(x) = 1 where x > 0, else 0 (PyTorch's choice at 0)
  vjp: (b, [x], _y, dy) => [b.mul(dy, b.step(x))],
  kernel: elementwise(
    (x) => `(${x} > 0 ? ${x} : 0)`,
    (x) => `max(${x}, 0.0)`,
  ),
};
