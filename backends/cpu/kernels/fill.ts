// Scalars the step computes from nothing: a constant, and N (the last batch may be short).

import type { CpuFamily } from "./kernel.js";

export const fillKernels: CpuFamily<"fill"> = {
  constant:
    ({ attrs: { value } }) =>
    ({ output }) => {
      output[0] = value;
    },
  batch_size:
    () =>
    ({ output, batch }) => {
      output[0] = batch;
    },
};
