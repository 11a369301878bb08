/** batch_size: N, the number of examples in this batch, as a scalar (the last batch may be short). */
import type { OpDef } from "./op-def.js";

export const batch_size: OpDef = {
  doc: "N as a scalar",
  arity: 0,
  attrs: [],
  type: () => ({ dtype: "f32", shape: [] }),
  vjp: () => [],
  cpu: {
    kind: "custom",
    run({ output, batch }) {
      output[0] = batch;
    },
  },
  wgsl: {
    kind: "custom",
    body: () => "out[i] = f32(params.n);",
  },
};
