/** reduce_sum(x) over `axes`, keeping them as 1 when `keepdims`. */
import type { OpDef } from "./op-def.js";
import { reduceBody, reduceGlobals, reduceThreads } from "../lower/wgsl-ctx.js";
import { axesAttr } from "./op-def.js";
import { keptShape, reducedType } from "./reduce.js";
import { reduceInto, reducedStrides } from "./strided.js";

export const reduce_sum: OpDef = {
  doc: "Σ over axes",
  arity: 1,
  attrs: ["axes", "keepdims"],
  type: reducedType,
  // Every input element contributed once: the gradient is dy broadcast back over the reduced axes.
  vjp: (b, [x], _y, dy, attrs) => [b.broadcast(b.reshape(dy, keptShape(x!.type, attrs)), x!.type.shape)],
  cpu: {
    kind: "custom",
    run({ inputs: [x], output, inputShapes: [shape], attrs }) {
      const axes = axesAttr(attrs, shape!.length);
      reduceInto(x as Float32Array, output as Float32Array, shape!, reducedStrides(shape!, axes), false);
    },
  },
  wgsl: {
    kind: "custom",
    body: (ctx) => reduceBody(ctx, false),
    threads: reduceThreads,
    per: (target) => (target === "hardware" ? "a workgroup of 64 per element" : "one invocation per element"),
    globals: reduceGlobals,
  },
};
