/** greater_equal(a, b) = 1 where a ≥ b, else 0, with NumPy broadcasting. */
import type { OpDef } from "./op-def.js";
import { broadcastF32 } from "./elementwise.js";

export const greater_equal: OpDef = {
  doc: "1 where a ≥ b, else 0",
  arity: 2,
  attrs: [],
  type: broadcastF32,
  vjp: () => [undefined, undefined],
  cpu: { kind: "zip", expr: (a, b) => `(${a} >= ${b} ? 1 : 0)` },
  wgsl: { kind: "zip", expr: (a, b) => `select(0.0, 1.0, ${a} >= ${b})` },
};
