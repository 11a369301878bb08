// reshape, broadcast and transpose on the CPU: a copy, or a gather by strides (strided.ts); a batch of matrices
// transposed in WebAssembly SIMD (transpose-simd.ts) where the executor's buffers live in its memory.

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
    ({ inputs: [x], output, inputShapes: [inShape], outputShape, simd }) => {
      // A batch of matrices transposed, sides multiples of 4: four by four in WebAssembly SIMD.
      const r = perm.length;
      const [rows, cols] = [inShape[r - 2] ?? 0, inShape[r - 1] ?? 0];
      if (
        simd &&
        r >= 2 &&
        perm.every((p, i) => p === (i < r - 2 ? i : 2 * r - 3 - i)) &&
        rows % 4 === 0 &&
        cols % 4 === 0 &&
        x instanceof Float32Array &&
        output instanceof Float32Array
      ) {
        const size = rows * cols * 4;
        for (let m = 0; m * size < x.byteLength; m++)
          simd.transpose(
            x.byteOffset + m * size,
            output.byteOffset + m * size,
            rows,
            cols,
            cols * 4,
            rows * 4,
          );
        return;
      }
      const inStrides = stridesOf(inShape);
      gather(
        x,
        output,
        outputShape,
        perm.map((p) => inStrides[p] ?? 0),
      );
    },
};
