/** tanh(x). */
import type { OpDef } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const tanh: OpDef = {
  doc: "tanh x",
  arity: 1,
  attrs: [],
  type: sameAsInput,
  // tanh' = 1 - tanh²: reuse the output.
  vjp: (b, _x, y, dy) => [b.mul(dy, b.sub(b.scalar(1), b.mul(y, y)))],
  cpu: { kind: "map", expr: (x) => `Math.tanh(${x})` },
  // WGSL's tanh overflows to NaN past |x| ≈ 44 on some drivers; clamping costs nothing and changes no f32 value.
  wgsl: { kind: "map", expr: (x) => `tanh(clamp(${x}, -20.0, 20.0))` },
};
