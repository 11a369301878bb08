// The forward program's scores on the CPU for a batch of examples, with the weights as its inputs: what `predict()`
// and the playground's pictures (decision regions, the drawing's top 5) run. Browser-safe.

import type { CheckedModel } from "../compiler/program.js";
import type { CompiledModel } from "../compiler/pipeline.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import type { CpuKernelOptions } from "../backends/cpu/kernel-path.js";
import type { Weights } from "./init.js";
import { UserError } from "./user-error.js";

/** The scores (examples × classes, or × target width) of `count` examples laid out one after another in `x`. */
export function forwardScores(
  m: CompiledModel,
  weights: Weights,
  x: Float32Array,
  count: number,
  options: CpuKernelOptions = {},
): Float32Array {
  const executor = new CpuExecutor(m.programs.cpu(m.programs.forward, options), count);
  return Float32Array.from(executor.run({ ...paramInputs(m, weights), [m.input.name]: x }, count)["scores"]!);
}

/** The weights as the forward program's inputs; every parameter must be there, with its size. */
export function paramInputs(m: CheckedModel, weights: Weights): Record<string, Float32Array> {
  const out: Record<string, Float32Array> = {};
  for (const p of m.params) {
    const w = weights.get(p.name);
    const size = p.shape.reduce((a, b) => a * b, 1);
    if (!w || w.length !== size) {
      throw new UserError(
        `the weights ${w ? `hold ${w.length} values for` : "lack"} \`${p.name}\` (shape [${p.shape.join(", ")}], ${size} values)`,
      );
    }
    out[p.name] = w;
  }
  return out;
}

/** softmax in float64, the row maximum subtracted first so that large scores do not overflow. */
export function softmax(s: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < s.length; i++) max = Math.max(max, s[i]!);
  const p = new Float64Array(s.length);
  let total = 0;
  for (let i = 0; i < s.length; i++) total += p[i] = Math.exp(s[i]! - max);
  for (let i = 0; i < s.length; i++) p[i] = p[i]! / total;
  return p;
}
