// reshape, broadcast and transpose in WGSL: each output element reads its source element.

import type { WgslFamily } from "./kernel.js";

export const layoutKernels: WgslFamily<"layout"> = {
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
