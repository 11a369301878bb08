/** stop_gradient(x) = x, through which no gradient flows (the max subtracted in a stable softmax). */
import type { OpDef } from "./op-def.js";
import { noGradient, sameAsInput } from "./elementwise.js";

export const stop_gradient: OpDef = {
  doc: "x, as a constant for autodiff",
  arity: 1,
  attrs: [],
  type: sameAsInput,
  vjp: noGradient,
  cpu: { kind: "map", expr: (x) => x },
  wgsl: { kind: "map", expr: (x) => x },
};
