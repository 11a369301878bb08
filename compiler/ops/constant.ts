/** constant: the scalar `value`. */
import type { OpDef } from "./op-def.js";

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
};
