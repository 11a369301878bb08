/** sqrt(x). */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const sqrt: ElementwiseOp<1> = {
  doc: "√x",
  arity: 1,
  attrs: {},
  type: sameAsInput,
  // d/dx √x = 1 / (2√x): reuse the output.
  vjp: (b, _x, y, dy) => [b.div(dy, b.mul(b.scalar(2), y))],
  kernel: elementwise(
    (x) => `Math.sqrt(${x})`,
    (x) => `sqrt(${x})`,
  ),
};
