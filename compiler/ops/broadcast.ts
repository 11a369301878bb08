/** broadcast(x) to `shape`, by NumPy's rules. */
import { family, type FamilyOp } from "./op-def.js";
import { broadcastShapes } from "./elementwise.js";

export const broadcast: FamilyOp<1, { shape: "dims" }, "layout"> = {
  doc: "x repeated along new or size-1 axes",
  arity: 1,
  attrs: { shape: "dims" },
  type([x], { shape }) {
    const b = broadcastShapes(x.shape, shape);
    if (typeof b === "string" || b.length !== shape.length || b.some((d, i) => d !== shape[i]))
      return `cannot broadcast [${x.shape}] to [${shape}]`;
    return { dtype: x.dtype, shape };
  },
  // Each input element was copied along the broadcast axes: sum the gradient back over them.
  vjp: (b, [x], _y, dy) => [b.sumTo(dy, x.type.shape)],
  kernel: family("layout"),
};
