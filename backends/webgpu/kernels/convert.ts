// Labels into numbers: i32 → f32 (counting correct predictions), and class labels as one-hot rows.

import type { WgslFamily } from "./kernel.js";

export const castKernels: WgslFamily<"cast"> = {
  cast: () => ({ body: "out[i] = f32(in0[i]);" }),
};

export const oneHotKernels: WgslFamily<"one_hot"> = {
  one_hot: ({ attrs: { classes: k } }) => ({
    body: `out[i] = select(0.0, 1.0, in0[i / ${k}u] == i32(i % ${k}u));`,
  }),
};
