/** broadcast(x) to `shape`, by NumPy's rules. */
import type { Dim } from "../ir/types.js";
import { broadcastShapes, type OpDef } from "./op-def.js";
import { gather, stridesOf } from "./strided.js";

export const broadcast: OpDef = {
  doc: "x repeated along new or size-1 axes",
  arity: 1,
  attrs: ["shape"],
  type([x], attrs) {
    const shape = attrs["shape"] as readonly Dim[];
    const b = broadcastShapes(x!.shape, shape);
    if (typeof b === "string" || b.length !== shape.length || b.some((d, i) => d !== shape[i]))
      return `cannot broadcast [${x!.shape}] to [${shape}]`;
    return { dtype: x!.dtype, shape };
  },
  // Each input element was copied along the broadcast axes: sum the gradient back over them.
  vjp: (b, [x], _y, dy) => [b.sumTo(dy, x!.type.shape)],
  cpu: {
    kind: "custom",
    run({ inputs: [x], output, inputShapes: [inShape], outputShape }) {
      const lead = outputShape.length - inShape!.length;
      const inStrides = stridesOf(inShape!);
      const strides = outputShape.map((_, i) =>
        i < lead || inShape![i - lead] === 1 ? 0 : inStrides[i - lead]!,
      );
      gather(x!, output, outputShape, strides);
    },
  },
  wgsl: {
    kind: "custom",
    body: (ctx) => {
      const [x] = ctx.inputs;
      const out = ctx.output.shape;
      return `${ctx.unravel("i", out, "o")}\n  out[i] = in0[${ctx.broadcastOffset(x!.shape, out, "o")}];`;
    },
  },
};
