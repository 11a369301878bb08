/** one_hot(labels): i32 class labels [..] → f32 [.., classes], 1 at the label and 0 elsewhere. */
import { family, type FamilyOp } from "./op-def.js";
import { noGradient } from "./elementwise.js";

export const one_hot: FamilyOp<1, { classes: "int" }, "one_hot"> = {
  doc: "labels as one-hot rows",
  arity: 1,
  attrs: { classes: "int" },
  type: ([y], attrs) =>
    y.dtype !== "i32" ? "expects i32 labels" : { dtype: "f32", shape: [...y.shape, attrs.classes] },
  vjp: noGradient,
  kernel: family("one_hot"),
};
