/** sign(x) ∈ {-1, 0, 1}. */
import type { OpDef } from "./op-def.js";
import { noGradient, sameAsInput } from "./elementwise.js";

export const sign: OpDef = {
  doc: "-1, 0 or 1 as x is negative, zero or positive",
  arity: 1,
  attrs: [],
  type: sameAsInput,
  // Piecewise constant: its derivative is 0 wherever it exists.
  vjp: noGradient,
  cpu: { kind: "map", expr: (x) => `Math.sign(${x})` },
  wgsl: { kind: "map", expr: (x) => `sign(${x})` },
};
