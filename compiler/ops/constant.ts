/** constant: the scalar `value`. */
import { family, type FamilyOp } from "./op-def.js";

export const constant: FamilyOp<0, { value: "float" }, "fill"> = {
  doc: "a scalar constant",
  arity: 0,
  attrs: { value: "float" },
  type: () => ({ dtype: "f32", shape: [] }),
  vjp: () => [],
  kernel: family("fill"),
};
