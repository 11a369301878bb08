/** neg(x) = -x. */
import type { OpDef } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const neg: OpDef = {
  doc: "-x",
  arity: 1,
  attrs: [],
  type: sameAsInput,
  vjp: (b, _x, _y, dy) => [b.neg(dy)],
  cpu: { kind: "map", expr: (x) => `(-${x})` },
  wgsl: { kind: "map", expr: (x) => `(-${x})` },
};
