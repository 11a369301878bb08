/** log(x), the natural logarithm. */
import type { OpDef } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const log: OpDef = {
  doc: "ln x",
  arity: 1,
  attrs: [],
  type: sameAsInput,
  // d/dx ln x = 1/x
  vjp: (b, [x], _y, dy) => [b.div(dy, x!)],
  cpu: { kind: "map", expr: (x) => `Math.log(${x})` },
  wgsl: { kind: "map", expr: (x) => `log(${x})` },
};
