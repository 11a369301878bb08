// What a backend offers the training session (loop.ts): data uploaded once, optimizer steps on batches of example
// indices, a snapshot of the weights to roll back to, evaluation of a whole split, and reading the weights back.
// The session owns the policy (chunks, Adam's t and the seeds, what a NaN does); a backend only runs what it is
// asked. The backends are ../backends/cpu/ and ../backends/webgpu/.

import type { Weights } from "./init.js";

/** The examples a backend evaluates at once: its evaluation buffers are planned for this batch. */
export const EVAL_BATCH = 1000;

export interface Split {
  /** Examples × features, row-major, each example's values in order. */
  readonly x: Float32Array;
  /** Class labels, or real targets (examples × target width). */
  readonly y: Int32Array | Float32Array;
  readonly count: number;
}

/** One optimizer step: `count` examples of the epoch's order from position `start`, Adam's `t`, dropout's seed. */
export interface Step {
  readonly start: number;
  readonly count: number;
  readonly t: number;
  readonly seed: number;
}

export interface StepResult {
  /** The batch's mean data loss, with the weights before this step. */
  readonly loss: number;
  /** Examples the weights before this step classified right (0 for regression). */
  readonly correct: number;
  /**
   * Where the step was checked (`--check-numerics`) and something held a NaN or an infinity: the first value that
   * did, its instruction and where in the source it came from. The loss is then NaN.
   */
  readonly nonFinite?: string;
}

export interface EvalResult {
  readonly lossSum: number;
  readonly correct: number;
  readonly top5: number;
  readonly count: number;
}

export interface Backend {
  readonly name: "cpu" | "webgpu";
  /** How many steps the session hands over at once: a GPU reads its results back once per chunk, not per step. */
  readonly chunk: number;
  /** The epoch's order of training examples (a permutation when shuffling): given once per epoch. */
  setOrder(order: Int32Array): void;
  /** Runs the steps in order, each on the weights the one before left, whatever their losses. */
  run(steps: readonly Step[], lr: number): Promise<StepResult[]>;
  /** Keeps the parameters, buffers and optimizer state as they are now, for `restore()`. */
  snapshot(): void;
  /** Puts back what the last `snapshot()` kept. */
  restore(): void;
  /**
   * The sums over a split. Once `signal` is aborted it stops between batches, and the result counts only the
   * examples evaluated; a backend that computes synchronously lets the event loop run between batches.
   */
  evaluate(split: Split, signal?: AbortSignal): Promise<EvalResult>;
  /** Replaces the parameters and buffers (early stopping's best weights); the optimizer state stays. */
  load(weights: Weights): void;
  /** The parameters and buffers, and the optimizer state (by `<state>.<param>` names). */
  weights(): Promise<Weights>;
  optimizerState(): Promise<Weights>;
}
