/** step(x) = 1 where x > 0, else 0: relu's derivative. */
import type { OpDef } from "./op-def.js";
import { noGradient, sameAsInput } from "./elementwise.js";

export const step: OpDef = {
  doc: "1 where x > 0, else 0",
  arity: 1,
  attrs: [],
  type: sameAsInput,
  vjp: noGradient,
  cpu: { kind: "map", expr: (x) => `(${x} > 0 ? 1 : 0)` },
  wgsl: { kind: "map", expr: (x) => `select(0.0, 1.0, ${x} > 0.0)` },
};
