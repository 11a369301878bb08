/** cast(x): i32 → f32, to count correct predictions. */
import type { OpDef } from "./op-def.js";

export const cast: OpDef = {
  doc: "integers as floats",
  arity: 1,
  attrs: [],
  type: ([x]) => (x!.dtype !== "i32" ? "expects i32" : { dtype: "f32", shape: x!.shape }),
  vjp: () => [undefined],
  cpu: {
    kind: "custom",
    run({ inputs: [x], output }) {
      output.set(x!);
    },
  },
  wgsl: {
    kind: "custom",
    body: () => "out[i] = f32(in0[i]);",
  },
};
