/** exp(x) = e^x. */
import type { OpDef } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const exp: OpDef = {
  doc: "e^x",
  arity: 1,
  attrs: [],
  type: sameAsInput,
  // d/dx e^x = e^x: reuse the output.
  vjp: (b, _x, y, dy) => [b.mul(dy, y)],
  cpu: { kind: "map", expr: (x) => `Math.exp(${x})` },
  wgsl: { kind: "map", expr: (x) => `exp(${x})` },
};
