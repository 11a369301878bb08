/** batch_size: N, the number of examples in this batch, as a scalar (the last batch may be short). */
import { family, type FamilyOp } from "./op-def.js";

export const batch_size: FamilyOp<0, {}, "fill"> = {
  doc: "N as a scalar",
  arity: 0,
  attrs: {},
  type: () => ({ dtype: "f32", shape: [] }),
  vjp: () => [],
  kernel: family("fill"),
};
