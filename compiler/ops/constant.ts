/** constant: the scalar `value`. */
import type { OpDef } from "./op-def.js";
import { wgslFloat } from "../lower/wgsl-ctx.js";

export const constant: OpDef = {
  doc: "a scalar constant",
  arity: 0,
  attrs: ["value"],
  type: (_args, attrs) =>
    typeof attrs["value"] === "number" ? { dtype: "f32", shape: [] } : "needs a numeric value",
  vjp: () => [],
  cpu: {
    kind: "custom",
    run({ output, attrs }) {
      output[0] = attrs["value"] as number;
    },
  },
  wgsl: {
    kind: "custom",
    body: (ctx) => `out[i] = ${wgslFloat(ctx.attrs["value"] as number)};`,
  },
};
