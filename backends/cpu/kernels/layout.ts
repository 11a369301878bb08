// reshape, broadcast, transpose, concat and slice on the CPU: a copy, or a gather by strides (strided.ts); a batch
// of matrices transposed in WebAssembly SIMD (transpose-simd.ts) where the executor's buffers live in its memory.

import type { CpuFamily } from "./kernel.js";
import { gather, stridesOf } from "./strided.js";

/** The element count of the axes before `axis` and of those after it: a concat or slice moves runs of `inner`. */
function around(shape: readonly number[], axis: number): { outer: number; inner: number } {
  const prod = (ds: readonly number[]) => ds.reduce((p, d) => p * d, 1);
  return { outer: prod(shape.slice(0, axis)), inner: prod(shape.slice(axis + 1)) };
}

export const layoutKernels: CpuFamily<"layout"> = {
  // Per block of the leading axes: a's run along the axis, then b's.
  concat:
    ({ attrs: { axis } }) =>
    ({ inputs: [a, b], output, inputShapes: [sa, sb] }) => {
      const { outer, inner } = around(sa, axis);
      const ra = (sa[axis] ?? 0) * inner;
      const rb = (sb[axis] ?? 0) * inner;
      for (let o = 0; o < outer; o++) {
        output.set(a.subarray(o * ra, (o + 1) * ra), o * (ra + rb));
        output.set(b.subarray(o * rb, (o + 1) * rb), o * (ra + rb) + ra);
      }
    },
  slice:
    ({ attrs: { axis, start, size } }) =>
    ({ inputs: [x], output, inputShapes: [s] }) => {
      const { outer, inner } = around(s, axis);
      const run = (s[axis] ?? 0) * inner;
      for (let o = 0; o < outer; o++)
        output.set(x.subarray(o * run + start * inner, o * run + (start + size) * inner), o * size * inner);
    },
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
