/** relu(x) = max(x, 0), elementwise. */
import type { OpDef } from "./op-def.js";
import { sameAsInput } from "./elementwise.js";

export const relu: OpDef = {
  doc: "max(x, 0)",
  arity: 1,
  attrs: [],
  type: sameAsInput,
  // d/dx relu(x) = 1 where x > 0, else 0 (PyTorch's choice at 0)
  vjp: (b, [x], _y, dy) => [b.mul(dy, b.step(x!))],
  cpu: { kind: "map", expr: (x) => `(${x} > 0 ? ${x} : 0)` },
  wgsl: { kind: "map", expr: (x) => `max(${x}, 0.0)` },
};
