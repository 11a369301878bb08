// reshape, broadcast and transpose on the CPU: a copy, or a gather by strides (strided.ts).

import type { CpuFamily } from "./kernel.js";
import { gather, stridesOf } from "./strided.js";

export const layoutKernels: CpuFamily<"layout"> = {
  reshape:
    () =>
    ({ inputs: [x], output }) =>
      output.set(x),
  // An axis the input lacks or has as 1 is read with stride 0.
  broadcast:
    () =>
    ({ inputs: [x], output, inputShapes: [inShape], outputShape }) => {
      const lead = outputShape.length - inShape.length;
      const inStrides = stridesOf(inShape);
      const strides = outputShape.map((_, i) =>
        i < lead || inShape[i - lead] === 1 ? 0 : (inStrides[i - lead] ?? 0),
      );
      gather(x, output, outputShape, strides);
    },
  transpose:
    ({ attrs: { perm } }) =>
    ({ inputs: [x], output, inputShapes: [inShape], outputShape }) => {
      const inStrides = stridesOf(inShape);
      gather(
        x,
        output,
        outputShape,
        perm.map((p) => inStrides[p] ?? 0),
      );
    },
};
