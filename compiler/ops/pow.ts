/** pow(a, b) = a^b, with NumPy broadcasting: Adam's bias corrections β^t. */
import type { OpDef } from "./op-def.js";
import { broadcastF32 } from "./elementwise.js";

export const pow: OpDef = {
  doc: "a^b",
  arity: 2,
  attrs: [],
  type: broadcastF32,
  // ∂a^b/∂a = b·a^(b-1), ∂a^b/∂b = a^b·ln a
  vjp: (b, [x, y], z, dy) => [
    b.sumTo(b.mul(dy, b.mul(y!, b.op("pow", [x!, b.sub(y!, b.scalar(1))]))), x!.type.shape),
    b.sumTo(b.mul(dy, b.mul(z, b.log(x!))), y!.type.shape),
  ],
  cpu: { kind: "zip", expr: (a, b) => `Math.pow(${a}, ${b})` },
  wgsl: { kind: "zip", expr: (a, b) => `pow(${a}, ${b})` },
};
