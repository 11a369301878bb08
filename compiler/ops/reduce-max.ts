/** reduce_max(x) over `axes`, keeping them as 1 when `keepdims`. */
import type { OpDef } from "./op-def.js";
import { reduceBody, reduceGlobals, reduceThreads } from "../lower/wgsl-ctx.js";
import { axesAttr } from "./op-def.js";
import { keptShape, reducedType } from "./reduce.js";
import { reduceInto, reducedStrides } from "./strided.js";

export const reduce_max: OpDef = {
  doc: "max over axes",
  arity: 1,
  attrs: ["axes", "keepdims"],
  type: reducedType,
  // The gradient flows to the elements equal to the maximum (each of them, on ties).
  vjp(b, [x], y, dy, attrs) {
    const kept = keptShape(x!.type, attrs);
    const full = x!.type.shape;
    const isMax = b.op("equal", [x!, b.broadcast(b.reshape(y, kept), full)]);
    return [b.mul(isMax, b.broadcast(b.reshape(dy, kept), full))];
  },
  cpu: {
    kind: "custom",
    run({ inputs: [x], output, inputShapes: [shape], attrs }) {
      const axes = axesAttr(attrs, shape!.length);
      reduceInto(x as Float32Array, output as Float32Array, shape!, reducedStrides(shape!, axes), true);
    },
  },
  wgsl: {
    kind: "custom",
    body: (ctx) => reduceBody(ctx, true),
    threads: reduceThreads,
    per: (target) => (target === "hardware" ? "a workgroup of 64 per element" : "one invocation per element"),
    globals: reduceGlobals,
  },
};
