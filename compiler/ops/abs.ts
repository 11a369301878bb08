/** abs(x) = |x|. */
import type { OpDef } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const abs: OpDef = {
  doc: "|x|",
  arity: 1,
  attrs: [],
  type: sameAsInput,
  // d/dx |x| = sign(x), 0 at 0 (as PyTorch)
  vjp: (b, [x], _y, dy) => [b.mul(dy, b.sign(x!))],
  cpu: { kind: "map", expr: (x) => `Math.abs(${x})` },
  wgsl: { kind: "map", expr: (x) => `abs(${x})` },
};
