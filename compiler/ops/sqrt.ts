/** sqrt(x). */
import type { OpDef } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const sqrt: OpDef = {
  doc: "√x",
  arity: 1,
  attrs: [],
  type: sameAsInput,
  // d/dx √x = 1 / (2√x): reuse the output.
  vjp: (b, _x, y, dy) => [b.div(dy, b.mul(b.scalar(2), y))],
  cpu: { kind: "map", expr: (x) => `Math.sqrt(${x})` },
  wgsl: { kind: "map", expr: (x) => `sqrt(${x})` },
};
