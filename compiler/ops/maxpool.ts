/** maxpool(x): [N, c, h, w] → [N, c, oh, ow], the largest in-bounds value of each window (padding never wins). */
import { family, type FamilyOp } from "./op-def.js";
import { pooledType, WINDOW_ATTRS } from "./window.js";

export const maxpool: FamilyOp<1, typeof WINDOW_ATTRS, "maxpool"> = {
  doc: "max over sliding windows, channel by channel",
  arity: 1,
  attrs: WINDOW_ATTRS,
  type: pooledType,
  // The gradient goes to each window's first maximum, as PyTorch routes it.
  vjp: (b, [x], _y, dy, attrs) => [b.maxpoolBackward(x, dy, attrs)],
  kernel: family("maxpool"),
};
