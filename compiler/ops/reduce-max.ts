/** reduce_max(x) over `axes`, keeping them as 1 when `keepdims`. */
import { family, type FamilyOp } from "./op-def.js";
import { keptShape, REDUCE_ATTRS, reducedType } from "./reduce.js";

export const reduce_max: FamilyOp<1, typeof REDUCE_ATTRS, "reduce"> = {
  doc: "max over axes",
  arity: 1,
  attrs: REDUCE_ATTRS,
  type: reducedType,
  // The gradient flows to the elements equal to the maximum (each of them, on ties).
  vjp(b, [x], y, dy, attrs) {
    const kept = keptShape(x.type, attrs);
    const full = x.type.shape;
    const isMax = b.equal(x, b.broadcast(b.reshape(y, kept), full));
    return [b.mul(isMax, b.broadcast(b.reshape(dy, kept), full))];
  },
  kernel: family("reduce"),
};
