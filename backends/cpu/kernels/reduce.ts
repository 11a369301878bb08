// reduce_sum and reduce_max on the CPU: a strided walk that accumulates into the output (strided.ts); a sum over
// leading axes in WebAssembly SIMD where the executor's buffers live in its memory.

import { normaliseAxes } from "../../../compiler/ops/op-def.js";
import { floats, type CpuFamily, type CpuRun } from "./kernel.js";
import { reduceInto, reducedStrides } from "./strided.js";

export const reduceKernels: CpuFamily<"reduce"> = {
  reduce_sum: ({ attrs }) => reduce(attrs.axes, false),
  reduce_max: ({ attrs }) => reduce(attrs.axes, true),
};

function reduce(axes: readonly number[], max: boolean): CpuRun<1> {
  return ({ inputs: [x], output, inputShapes: [shape], simd }) => {
    const normal = normaliseAxes(axes, shape.length);
    // A sum over the leading axes (a bias's gradient over the batch), four columns at a time in WebAssembly.
    const lead = normal.length;
    const cols = shape.slice(lead).reduce((p, d) => p * d, 1);
    if (
      simd &&
      !max &&
      new Set(normal).size === lead &&
      normal.every((a) => a < lead) &&
      cols % 4 === 0 &&
      x instanceof Float32Array &&
      output instanceof Float32Array
    ) {
      simd.columnSums(x.byteOffset, output.byteOffset, x.length / cols, cols * 4);
      return;
    }
    reduceInto(floats(x), floats(output), shape, reducedStrides(shape, normal), max);
  };
}
