/** cast(x): i32 → f32, to count correct predictions. */
import { family, type FamilyOp } from "./op-def.js";
import { noGradient } from "./elementwise.js";

export const cast: FamilyOp<1, {}, "cast"> = {
  doc: "integers as floats",
  arity: 1,
  attrs: {},
  type: ([x]) => (x.dtype !== "i32" ? "expects i32" : { dtype: "f32", shape: x.shape }),
  vjp: noGradient,
  kernel: family("cast"),
};
