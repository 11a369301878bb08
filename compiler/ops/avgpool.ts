/**
 * avgpool(x): [N, c, h, w] → [N, c, oh, ow], each window's sum over kh·kw: padding counts as zeros, as PyTorch's
 * AvgPool2d (count_include_pad) does.
 */
import { family, type FamilyOp } from "./op-def.js";
import { pooledType, WINDOW_ATTRS, withSize } from "./window.js";

export const avgpool: FamilyOp<1, typeof WINDOW_ATTRS, "avgpool"> = {
  doc: "mean over sliding windows, channel by channel",
  arity: 1,
  attrs: WINDOW_ATTRS,
  type: pooledType,
  vjp: (b, [x], _y, dy, attrs) => [b.avgpoolBackward(dy, withSize(attrs, x))],
  kernel: family("avgpool"),
};
