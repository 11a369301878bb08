/** one_hot(labels): i32 class labels [..] → f32 [.., classes], 1 at the label and 0 elsewhere. */
import type { OpDef } from "./op-def.js";

export const one_hot: OpDef = {
  doc: "labels as one-hot rows",
  arity: 1,
  attrs: ["classes"],
  type: ([y], attrs) =>
    y!.dtype !== "i32"
      ? "expects i32 labels"
      : { dtype: "f32", shape: [...y!.shape, attrs["classes"] as number] },
  vjp: () => [undefined],
  cpu: {
    kind: "custom",
    run({ inputs: [y], output, attrs }) {
      const k = attrs["classes"] as number;
      output.fill(0);
      for (let i = 0; i < y!.length; i++) output[i * k + y![i]!] = 1;
    },
  },
  wgsl: {
    kind: "custom",
    body: (ctx) => {
      const k = ctx.attrs["classes"] as number;
      return `out[i] = select(0.0, 1.0, in0[i / ${k}u] == i32(i % ${k}u));`;
    },
  },
};
