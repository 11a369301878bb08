// reshape, broadcast, transpose, concat and slice in WGSL: each output element reads its source element.

import type { IrShape } from "../../../compiler/ir/value.js";
import type { WgslCtx } from "../wgsl-ctx.js";
import type { WgslFamily } from "./kernel.js";

/** The element count after `axis`, as a u32 expression: the runs a concat or slice moves. */
function inner(ctx: WgslCtx, shape: IrShape, axis: number): string {
  return ctx.count(shape.slice(axis + 1));
}

export const layoutKernels: WgslFamily<"layout"> = {
  // Output element i sits at position k along the axis, in block `outer` of the leading axes: it comes from a when
  // k is within a's extent, else from b.
  concat: (ins, ctx) => {
    const [a, b] = [ins.args[0].type.shape, ins.args[1].type.shape];
    const ax = ins.attrs.axis;
    const [da, db] = [a[ax] as number, b[ax] as number];
    const body = [
      `let r = i % (${inner(ctx, a, ax)});`,
      `let k = (i / (${inner(ctx, a, ax)})) % ${da + db}u;`,
      `let outer = i / ((${inner(ctx, a, ax)}) * ${da + db}u);`,
      `if (k < ${da}u) {`,
      `    out[i] = in0[(outer * ${da}u + k) * (${inner(ctx, a, ax)}) + r];`,
      `  } else {`,
      `    out[i] = in1[(outer * ${db}u + k - ${da}u) * (${inner(ctx, b, ax)}) + r];`,
      `  }`,
    ].join("\n  ");
    return { body };
  },
  slice: (ins, ctx) => {
    const x = ins.args[0].type.shape;
    const { axis, start, size } = ins.attrs;
    const total = x[axis] as number;
    const n = inner(ctx, x, axis);
    const body = [
      `let r = i % (${n});`,
      `let k = (i / (${n})) % ${size}u;`,
      `let outer = i / ((${n}) * ${size}u);`,
      `out[i] = in0[(outer * ${total}u + k + ${start}u) * (${n}) + r];`,
    ].join("\n  ");
    return { body };
  },
  reshape: () => ({ body: "out[i] = in0[i];" }),
  broadcast: (ins, ctx) => {
    const out = ctx.output.shape;
    return {
      body: `${ctx.unravel("i", out, "o")}\n  out[i] = in0[${ctx.broadcastOffset(ins.args[0].type.shape, out, "o")}];`,
    };
  },
  transpose: (ins, ctx) => {
    const st = ctx.strides(ins.args[0].type.shape);
    const offset = ins.attrs.perm.map((p, k) => `o${k} * ${st[p]}`).join(" + ") || "0u";
    return { body: `${ctx.unravel("i", ctx.output.shape, "o")}\n  out[i] = in0[${offset}];` };
  },
};
