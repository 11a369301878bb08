// reduce_sum and reduce_max on the CPU: a strided walk that accumulates into the output (strided.ts).

import { normaliseAxes } from "../../../compiler/ops/op-def.js";
import { floats, type CpuFamily, type CpuRun } from "./kernel.js";
import { reduceInto, reducedStrides } from "./strided.js";

export const reduceKernels: CpuFamily<"reduce"> = {
  reduce_sum: ({ attrs }) => reduce(attrs.axes, false),
  reduce_max: ({ attrs }) => reduce(attrs.axes, true),
};

function reduce(axes: readonly number[], max: boolean): CpuRun<1> {
  return ({ inputs: [x], output, inputShapes: [shape] }) =>
    reduceInto(
      floats(x),
      floats(output),
      shape,
      reducedStrides(shape, normaliseAxes(axes, shape.length)),
      max,
    );
}
