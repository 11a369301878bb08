// Scalars the step computes from nothing: a constant, and N read from the `params` uniform.

import { wgslFloat, type WgslFamily } from "./kernel.js";

export const fillKernels: WgslFamily<"fill"> = {
  constant: (ins) => ({ body: `out[i] = ${wgslFloat(ins.attrs.value)};` }),
  batch_size: () => ({ body: "out[i] = f32(params.n);" }),
};
