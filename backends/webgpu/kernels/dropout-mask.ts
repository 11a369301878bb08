// dropout_mask in WGSL: the lowbias32 hash of the CPU kernel (backends/cpu/kernels/dropout-mask.ts) in u32
// arithmetic, which wraps as Math.imul does, so both backends draw the same mask.

import { wgslFloat, type WgslFamily } from "./kernel.js";

export const dropoutKernels: WgslFamily<"dropout_mask"> = {
  dropout_mask: ({ attrs: { p, stream } }) => ({
    body: [
      `let s = bitcast<u32>(in0[0]) ^ (${stream >>> 0}u * 0x85ebca6bu);`,
      `var x = i ^ (s * 0x9e3779b9u);`,
      `x = (x ^ (x >> 16u)) * 0x7feb352du;`,
      `x = (x ^ (x >> 15u)) * 0x846ca68bu;`,
      `x = x ^ (x >> 16u);`,
      `let u = f32(x >> 8u) / 16777216.0;`,
      `out[i] = select(${wgslFloat(1 / (1 - p))}, 0.0, u < ${wgslFloat(p)});`,
    ].join("\n  "),
  }),
};
