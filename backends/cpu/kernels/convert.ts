// Labels into numbers: i32 → f32 (counting correct predictions), and class labels as one-hot rows.

import type { CpuFamily } from "./kernel.js";

export const castKernels: CpuFamily<"cast"> = {
  cast:
    () =>
    ({ inputs: [x], output }) =>
      output.set(x),
};

export const oneHotKernels: CpuFamily<"one_hot"> = {
  one_hot:
    ({ attrs: { classes } }) =>
    ({ inputs: [y], output }) => {
      output.fill(0);
      for (let i = 0; i < y.length; i++) output[i * classes + (y[i] ?? 0)] = 1;
    },
};
