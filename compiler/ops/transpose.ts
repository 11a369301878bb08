/** transpose(x) by the permutation `perm`: output axis i is input axis perm[i]. */
import type { OpDef } from "./op-def.js";
import { gather, stridesOf } from "./strided.js";

export const transpose: OpDef = {
  doc: "axes permuted",
  arity: 1,
  attrs: ["perm"],
  type([x], attrs) {
    const perm = attrs["perm"] as readonly number[];
    const rank = x!.shape.length;
    if (perm.length !== rank || [...perm].sort().some((p, i) => p !== i)) return `bad permutation [${perm}]`;
    return { dtype: x!.dtype, shape: perm.map((p) => x!.shape[p]!) };
  },
  vjp(b, _x, _y, dy, attrs) {
    const perm = attrs["perm"] as readonly number[];
    const inverse = perm.map((_, i) => perm.indexOf(i));
    return [b.op("transpose", [dy], { perm: inverse })];
  },
  cpu: {
    kind: "custom",
    run({ inputs: [x], output, inputShapes: [inShape], outputShape, attrs }) {
      const perm = attrs["perm"] as readonly number[];
      const inStrides = stridesOf(inShape!);
      gather(
        x!,
        output,
        outputShape,
        perm.map((p) => inStrides[p]!),
      );
    },
  },
  wgsl: {
    kind: "custom",
    body: (ctx) => {
      const perm = ctx.attrs["perm"] as readonly number[];
      const st = ctx.strides(ctx.inputs[0]!.shape);
      const offset = perm.map((p, k) => `o${k} * ${st[p]}`).join(" + ") || "0u";
      return `${ctx.unravel("i", ctx.output.shape, "o")}\n  out[i] = in0[${offset}];`;
    },
  },
};
