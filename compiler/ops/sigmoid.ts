/** sigmoid(x) = 1 / (1 + e^-x), computed without overflow on either side. */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const sigmoid: ElementwiseOp<1> = {
  doc: "1 / (1 + e^-x)",
  arity: 1,
  attrs: {},
  type: sameAsInput,
  // σ' = σ (1 - σ): reuse the output.
  vjp: (b, _x, y, dy) => [b.mul(dy, b.mul(y, b.sub(b.scalar(1), y)))],
  kernel: elementwise(
    (x) => `(${x} >= 0 ? 1 / (1 + Math.exp(-${x})) : Math.exp(${x}) / (1 + Math.exp(${x})))`,
    (x) => `select(exp(${x}) / (1.0 + exp(${x})), 1.0 / (1.0 + exp(-${x})), ${x} >= 0.0)`,
  ),
};
