/** reduce_sum(x) over `axes`, keeping them as 1 when `keepdims`. */
import { family, type FamilyOp } from "./op-def.js";
import { keptShape, REDUCE_ATTRS, reducedType } from "./reduce.js";

export const reduce_sum: FamilyOp<1, typeof REDUCE_ATTRS, "reduce"> = {
  doc: "Σ over axes",
  arity: 1,
  attrs: REDUCE_ATTRS,
  type: reducedType,
  // Every input element contributed once: the gradient is dy broadcast back over the reduced axes.
  vjp: (b, [x], _y, dy, attrs) => [b.broadcast(b.reshape(dy, keptShape(x.type, attrs)), x.type.shape)],
  kernel: family("reduce"),
};
