/** argmax(x) over the last axis: f32 [.., k] → i32 [..], the first index of the maximum (as torch.argmax). */
import { family, type FamilyOp } from "./op-def.js";
import { noGradient } from "./elementwise.js";

export const argmax: FamilyOp<1, {}, "argmax"> = {
  doc: "index of the largest value in each row",
  arity: 1,
  attrs: {},
  type: ([x]) =>
    x.dtype !== "f32" || x.shape.length < 1
      ? "expects f32 of rank ≥ 1"
      : { dtype: "i32", shape: x.shape.slice(0, -1) },
  vjp: noGradient,
  kernel: family("argmax"),
};
