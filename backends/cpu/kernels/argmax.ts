// argmax over the last axis: the first index of each row's maximum, as torch.argmax.

import type { CpuFamily } from "./kernel.js";

export const argmaxKernels: CpuFamily<"argmax"> = {
  argmax:
    () =>
    ({ inputs: [x], output, inputShapes: [shape] }) => {
      const k = shape.at(-1) ?? 1;
      for (let r = 0; r < output.length; r++) {
        let best = 0;
        let bestV = x[r * k] ?? -Infinity;
        for (let j = 1; j < k; j++) {
          const v = x[r * k + j] ?? -Infinity;
          if (v > bestV) {
            bestV = v;
            best = j;
          }
        }
        output[r] = best;
      }
    },
};
