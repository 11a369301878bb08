/** tanh(x). */
import { elementwise, type ElementwiseOp } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const tanh: ElementwiseOp<1> = {
  doc: "tanh x",
  arity: 1,
  attrs: {},
  type: sameAsInput,
  // tanh' = 1 - tanh²: reuse the output.
  vjp: (b, _x, y, dy) => [b.mul(dy, b.sub(b.scalar(1), b.mul(y, y)))],
  kernel: elementwise(
    (x) => `Math.tanh(${x})`,
    // WGSL's tanh overflows to NaN past |x| ≈ 44 on some drivers; clamping costs nothing and changes no f32 value.
    (x) => `tanh(clamp(${x}, -20.0, 20.0))`,
  ),
};
