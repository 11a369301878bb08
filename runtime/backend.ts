// What a backend offers the training loop: data uploaded once, one optimizer step on a batch of example indices,
// evaluation of a whole split, and reading the weights back. The CPU backend is runtime/cpu/; WebGPU follows.

import type { Weights } from "./init.js";

export interface Split {
  /** Examples × features, row-major, each example's values in order. */
  readonly x: Float32Array;
  /** Class labels, or real targets (examples × target width). */
  readonly y: Int32Array | Float32Array;
  readonly count: number;
}

export interface StepResult {
  /** The batch's mean data loss, with the weights before this step. */
  readonly loss: number;
  /** Examples the weights before this step classified right (0 for regression). */
  readonly correct: number;
  /** False when the loss was NaN or infinite: then nothing was updated. */
  readonly applied: boolean;
}

export interface EvalResult {
  readonly lossSum: number;
  readonly correct: number;
  readonly top5: number;
  readonly count: number;
}

export interface Backend {
  readonly name: "cpu" | "webgpu";
  /** One optimizer step on the examples `indices` of the training split. */
  step(indices: Int32Array, lr: number, t: number, seed: number): StepResult;
  evaluate(split: Split): EvalResult;
  /** The parameters and buffers, and the optimizer state (by `<state>.<param>` names). */
  weights(): Weights;
  optimizerState(): Weights;
}
