// How much memory training a model takes, estimated from the step program's value types before anything is
// allocated, and refused when it cannot fit: a run that asks for more than the machine has would otherwise eat
// memory until the kernel kills it, or die inside an allocation (issue 11). The activations are what a buffer plan
// over the unfused instructions keeps live at once (compiler/passes/buffers.ts), which bounds what the backends'
// fused plans allocate; the parameters and optimizer state count as often as training holds copies of them.

import type { Func } from "../compiler/ir/types.js";
import { elementCount, type TensorType } from "../compiler/ir/value.js";
import { planBuffers } from "../compiler/passes/buffers.js";
import type { StepProgram } from "../compiler/step.js";
import { UserError } from "./user-error.js";

/** The most values one typed array holds (V8's limit). */
const MAX_ARRAY = 2 ** 32;

/** Bytes, by what they hold. */
export interface MemoryEstimate {
  /** The training batch and the evaluation batch the activations are counted at. */
  readonly batch: number;
  readonly evalBatch: number;
  /** Parameters and buffers (batchnorm's running statistics). */
  readonly parameters: number;
  readonly gradients: number;
  readonly optimizer: number;
  /** Everything else live at once: in a training step and in an evaluation batch. */
  readonly activations: number;
  /** What the training step alone holds live besides the parameters, gradients and optimizer state. */
  readonly stepActivations: number;
  readonly data: number;
  /** With the copies of the parameters and optimizer state that training keeps (the initial weights, a snapshot). */
  readonly total: number;
  /** The tensor of the most values, and its count. */
  readonly largest: { readonly shape: string; readonly values: number; readonly at: string };
}

export function estimateTrainingMemory(
  step: StepProgram,
  batch: number,
  evalBatch: number,
  /** The data set's bytes, already in memory. */
  data = 0,
): MemoryEstimate {
  const bytes = (shape: readonly number[]) => 4 * shape.reduce((a, b) => a * b, 1);
  const stateNames = new Set(step.states.map((s) => s.name));
  const parameters = sum(step.carried.filter((c) => !stateNames.has(c.name)).map((c) => bytes(c.shape)));
  const optimizer = sum(step.states.map((s) => bytes(s.shape)));
  const gradients = sum(step.params.filter((p) => step.gradients.has(p.name)).map((p) => bytes(p.shape)));
  const train = planned(step.train, batch, "a training");
  const evaluation = planned(step.evaluate, evalBatch, "an evaluation");
  // The training step's plan holds the carried tensors twice (read and updated) and the gradients; the evaluation's
  // holds the parameters once.
  const stepActivations = Math.max(0, train.bytes - 2 * (parameters + optimizer) - gradients);
  const activations = stepActivations + Math.max(0, evaluation.bytes - parameters);
  const largest = train.largest.values >= evaluation.largest.values ? train.largest : evaluation.largest;
  return {
    batch,
    evalBatch,
    parameters,
    gradients,
    optimizer,
    activations,
    stepActivations,
    data,
    total: train.bytes + evaluation.bytes + 3 * parameters + 2 * optimizer + data,
    largest,
  };
}

/** Throws a UserError naming the estimate and the limit when training would not fit in `limit` bytes. */
export function checkMemory(e: MemoryEstimate, limit: number, model: string): void {
  const parts =
    `parameters ${size(e.parameters)}, gradients ${size(e.gradients)}, optimizer state ${size(e.optimizer)}, ` +
    `activations ${size(e.activations)} at batch ${e.batch}` +
    (e.data ? `, data ${size(e.data)}` : "");
  if (e.largest.values > MAX_ARRAY) {
    throw new UserError(
      `model \`${model}\` cannot be trained here: one of its tensors, ${e.largest.shape} in ${e.largest.at}, ` +
        `holds ${e.largest.values.toLocaleString("en-US")} values, more than the ${MAX_ARRAY.toLocaleString("en-US")} ` +
        `an array can hold; use fewer units or a smaller --batch`,
    );
  }
  if (e.total > limit) {
    throw new UserError(
      `model \`${model}\` needs about ${size(e.total)} to train (${parts}), more than the ${size(limit)} of memory ` +
        `this machine has; use fewer units or a smaller --batch`,
    );
  }
}

/** Bytes as `1.2 GB` (powers of 1000, as `free -h` does not but disk makers and PyTorch's summaries do). */
export function size(bytes: number): string {
  const units = ["B", "kB", "MB", "GB", "TB", "PB"];
  let u = 0;
  let v = bytes;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}

/** The bytes a buffer plan over `f`'s instructions (one kernel each) allocates at `batch`, and its largest value. */
function planned(
  f: Func,
  batch: number,
  what: string,
): { bytes: number; largest: MemoryEstimate["largest"] } {
  const at = `${what} batch of ${batch}`;
  let largest = { shape: "[]", values: 0, at };
  const bytesOf = (t: TensorType): number => {
    const n = elementCount(t.shape, batch);
    if (n > largest.values) largest = { shape: `[${t.shape.join(", ")}]`, values: n, at };
    return n * 4;
  };
  const kernels = f.body.map((ins) => ({ instrs: [ins], args: ins.args, result: ins.result }));
  return { bytes: sum(planBuffers(f, kernels, bytesOf).bytes), largest };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
