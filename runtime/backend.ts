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

/** A batch: `count` examples of the epoch's order, from position `start`. */
export interface BatchRange {
  readonly start: number;
  readonly count: number;
}

export interface Backend {
  readonly name: "cpu" | "webgpu";
  /** How many steps the loop hands over at once: a GPU reads its results back once per chunk, not per step. */
  readonly chunk: number;
  /** The epoch's order of training examples (a permutation when shuffling): given once per epoch. */
  setOrder(order: Int32Array): void;
  /**
   * Optimizer steps on successive batches of the epoch's order, the first with Adam's count `t`. Stops at the
   * first step whose loss is not finite: that result has `applied: false`, and the weights are those before it.
   */
  steps(
    batches: readonly BatchRange[],
    lr: number,
    t: number,
    seeds: readonly number[],
  ): Promise<StepResult[]>;
  evaluate(split: Split): Promise<EvalResult>;
  /** The parameters and buffers, and the optimizer state (by `<state>.<param>` names). */
  weights(): Promise<Weights>;
  optimizerState(): Promise<Weights>;
}
