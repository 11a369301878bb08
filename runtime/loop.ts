// The training session (LANGUAGE §9, CLI.md): minibatches in order or shuffled by the seed (the last partial batch
// kept), the learning-rate schedule per epoch, Adam's t and the dropout seeds per step, steps handed to the backend
// in chunks, a loss that turns NaN (the weights rolled back to the last good step), evaluation on the test split
// (and the validation split) after each epoch, early stopping, `--steps`, interruption, and the position a
// checkpoint resumes from. Backend-agnostic: a Backend (backend.ts) runs the steps.

import type { StepProgram } from "../compiler/step.js";
import type { TrainSpec } from "../compiler/frontend/model-specs.js";
import type { Backend, EvalResult, Split, Step, StepResult } from "./backend.js";
import { EventLoopTurns } from "./event-loop.js";
import type { Weights } from "./init.js";
import { deriveSeed, Rng } from "./rng.js";
import { learningRate } from "./schedule.js";

export type StopReason = "epochs" | "steps" | "early_stop" | "nan" | "interrupt";

export interface SplitMetrics {
  readonly loss: number;
  /** Fractions in [0, 1]; null for regression. */
  readonly accuracy: number | null;
  readonly top5: number | null;
}

export interface EpochMetrics {
  readonly epoch: number;
  readonly epochs: number;
  readonly steps: number;
  readonly trainLoss: number;
  readonly trainAccuracy: number | null;
  readonly test: SplitMetrics | null;
  readonly val: SplitMetrics | null;
  readonly lr: number;
  readonly seconds: number;
  readonly samplesPerSecond: number;
}

export interface StepMetrics {
  readonly epoch: number;
  /** Steps taken in this run so far, in all epochs. */
  readonly step: number;
  readonly stepInEpoch: number;
  readonly stepsPerEpoch: number;
  readonly loss: number;
  readonly samplesPerSecond: number;
  /** The rest of this epoch at this epoch's pace so far. */
  readonly secondsLeft: number;
}

/** Where a run stands, for checkpoints that `--resume` continues from. */
export interface Position {
  /**
   * The epoch in progress (from 0) and the steps of it already taken; `stepInEpoch` equals the epoch's steps when
   * the run stopped after its last step but before its evaluation, which a resumed run then does first.
   */
  readonly epoch: number;
  readonly stepInEpoch: number;
  /** Optimizer steps taken since the start of training (Adam's t). */
  readonly step: number;
}

/**
 * Everything the session carries from step to step besides the weights and the optimizer state: with them, a
 * resumed run continues to the bits of an uninterrupted one (the order, the dropout seeds and the schedule derive
 * from the seed, the epoch and the step).
 */
export interface LoopState {
  readonly position: Position;
  /** The epoch in progress: its data-loss sum, right answers and examples so far, for its train loss line. */
  readonly lossSum: number;
  readonly correct: number;
  readonly seen: number;
  /** Early stopping: the best validation loss, its epoch (from 1; 0 before any) and the epochs since. */
  readonly bestLoss: number;
  readonly bestEpoch: number;
  readonly sinceBest: number;
}

export function freshState(): LoopState {
  return {
    position: { epoch: 0, stepInEpoch: 0, step: 0 },
    lossSum: 0,
    correct: 0,
    seen: 0,
    bestLoss: Infinity,
    bestEpoch: 0,
    sinceBest: 0,
  };
}

export interface LoopOptions {
  readonly settings: TrainSpec;
  /** Overrides of the file's settings (CLI flags). */
  readonly lr?: number;
  readonly steps?: number;
  readonly start?: LoopState;
  /** Early stopping's best weights so far, when resuming a run that has some. */
  readonly bestWeights?: Weights;
  readonly onStep?: (m: StepMetrics) => void;
  readonly onEpoch?: (m: EpochMetrics) => void;
  /** Said before a split is evaluated: after each epoch, and once more when a run stopped early (`final`). */
  readonly onEvaluate?: (e: EvaluateEvent) => void;
  /** Stops the run once the current step is done (an interrupt). */
  readonly signal?: AbortSignal;
  /** Cuts an evaluation short (a second interrupt); the epoch is then left unevaluated. */
  readonly skipEvaluation?: AbortSignal;
}

export interface EvaluateEvent {
  readonly split: "test" | "val" | "train";
  readonly examples: number;
  /** The evaluation after the last step, when no epoch's serves: a run stopped early, or one without a test split. */
  readonly final: boolean;
}

export interface LoopResult {
  readonly reason: StopReason;
  readonly position: Position;
  readonly state: LoopState;
  readonly epochs: EpochMetrics[];
  /** Early stopping's best weights (when the model stops early), for a checkpoint. */
  readonly bestWeights?: Weights;
  /** When early stopping put back the best epoch's weights: which epoch, and its validation loss. */
  readonly restored?: { readonly epoch: number; readonly valLoss: number };
  /** The test split's metrics of the final weights, when an epoch's evaluation measured them already. */
  readonly measured?: SplitMetrics;
  /** At a NaN stop: the step whose loss was not finite. */
  readonly nanStep?: number;
  /** At a NaN stop of a checked run (`--check-numerics`): the first value that was not finite (backend.ts). */
  readonly nonFinite?: string;
}

export interface Splits {
  readonly train: Split;
  readonly val?: Split;
  readonly test?: Split;
}

/** Holds out the validation fraction: a seeded shuffle of the training set, the last part of which is kept aside. */
export function splitValidation(
  train: Split,
  fraction: number,
  seed: number,
  features: number,
  width: number,
): Splits {
  const order = new Rng(deriveSeed(seed, 0x7a11d)).permutation(train.count);
  const nVal = Math.max(1, Math.round(train.count * fraction));
  const take = (idx: Int32Array): Split => {
    const x = new Float32Array(idx.length * features);
    const y =
      train.y instanceof Int32Array
        ? new Int32Array(idx.length * width)
        : new Float32Array(idx.length * width);
    idx.forEach((r, i) => {
      x.set(train.x.subarray(r * features, (r + 1) * features), i * features);
      y.set(train.y.subarray(r * width, (r + 1) * width), i * width);
    });
    return { x, y, count: idx.length };
  };
  return {
    train: take(order.subarray(0, train.count - nVal)),
    val: take(order.subarray(train.count - nVal)),
  };
}

export async function runLoop(
  program: StepProgram,
  backend: Backend,
  splits: Splits,
  opts: LoopOptions,
): Promise<LoopResult> {
  const s = opts.settings;
  const classes = program.model.target.kind === "class";
  const n = splits.train.count;
  const stepsPerEpoch = Math.ceil(n / s.batch);
  const epochs: EpochMetrics[] = [];
  const start = opts.start ?? freshState();
  let state = start;
  let step = start.position.step;
  let { bestLoss, bestEpoch, sinceBest } = start;
  let bestWeights = opts.bestWeights;
  let reason: StopReason = "epochs";
  let nanStep: number | undefined;
  let nonFinite: string | undefined;
  // The CPU backend computes synchronously: the event loop gets a turn now and then, for a Ctrl-C to be heard.
  const turns = new EventLoopTurns();

  const top5 = s.metrics.includes("top5");
  const measure = async (split: Split, name: EvaluateEvent["split"]): Promise<SplitMetrics | undefined> => {
    opts.onEvaluate?.({ split: name, examples: split.count, final: false });
    const r = await backend.evaluate(split, opts.skipEvaluation);
    return opts.skipEvaluation?.aborted ? undefined : summarise(r, classes, top5);
  };

  epochLoop: for (let epoch = start.position.epoch; epoch < s.epochs && !opts.signal?.aborted; epoch++) {
    const lr = learningRate(program.model.optimizer.lr, epoch, s.epochs, opts.lr);
    const order = s.shuffle ? new Rng(deriveSeed(s.seed, epoch + 1)).permutation(n) : identity(n);
    backend.setOrder(order);
    const t0 = performance.now();
    const resumed = epoch === start.position.epoch;
    // A resumed epoch reports the whole epoch's train loss: the sums of its steps before the checkpoint carry on.
    let lossSum = resumed ? start.lossSum : 0;
    let correct = resumed ? start.correct : 0;
    let seen = resumed ? start.seen : 0;
    let seenNow = 0;
    const first = resumed ? start.position.stepInEpoch : 0;
    let stepsDone = false;
    for (let k = first; k < stepsPerEpoch;) {
      // A chunk of steps: never past the epoch's end, nor past --steps.
      let size = Math.min(backend.chunk, stepsPerEpoch - k);
      if (opts.steps !== undefined) size = Math.min(size, opts.steps - step);
      const steps = Array.from({ length: size }, (_, j): Step => {
        const from = (k + j) * s.batch;
        const count = Math.min(n, from + s.batch) - from;
        return { start: from, count, t: step + j + 1, seed: deriveSeed(s.seed, 0x5eed0000 + step + j) };
      });
      const { results, diverged, ...bad } = await runChunk(backend, steps, lr);
      for (const [j, r] of results.entries()) {
        step++;
        k++;
        const count = steps[j]!.count;
        lossSum += r.loss * count;
        correct += r.correct;
        seen += count;
        seenNow += count;
        const elapsed = (performance.now() - t0) / 1000;
        opts.onStep?.({
          epoch: epoch + 1,
          step,
          stepInEpoch: k,
          stepsPerEpoch,
          loss: r.loss,
          samplesPerSecond: seenNow / Math.max(elapsed, 1e-9),
          secondsLeft: (elapsed / (k - first)) * (stepsPerEpoch - k),
        });
      }
      state = { ...state, position: { epoch, stepInEpoch: k, step }, lossSum, correct, seen };
      if (diverged) {
        reason = "nan";
        nanStep = step + 1;
        nonFinite = bad.nonFinite;
        break epochLoop;
      }
      if (opts.signal?.aborted) {
        reason = "interrupt";
        break epochLoop;
      }
      if (opts.steps !== undefined && step >= opts.steps) {
        reason = "steps";
        // At the epoch's end, the epoch is finished first (its line, early stopping), as an uninterrupted run does.
        if (k < stepsPerEpoch) break epochLoop;
        stepsDone = true;
      }
      await turns.pause();
    }
    const seconds = (performance.now() - t0) / 1000;
    const test = splits.test ? await measure(splits.test, "test") : null;
    const val = splits.val ? await measure(splits.val, "val") : null;
    if (test === undefined || val === undefined) {
      // Cut short by a second interrupt: the checkpoint's position asks a resumed run to evaluate the epoch.
      reason = "interrupt";
      break;
    }
    const m: EpochMetrics = {
      epoch: epoch + 1,
      epochs: s.epochs,
      steps: stepsPerEpoch,
      trainLoss: seen ? lossSum / seen : NaN,
      trainAccuracy: classes && seen ? correct / seen : null,
      test,
      val,
      lr,
      seconds,
      samplesPerSecond: seenNow / Math.max(seconds, 1e-9),
    };
    epochs.push(m);
    opts.onEpoch?.(m);
    if (s.earlyStop && val) {
      if (val.loss < bestLoss - s.earlyStop.minDelta) {
        bestLoss = val.loss;
        bestEpoch = epoch + 1;
        sinceBest = 0;
        bestWeights = await backend.weights();
      } else sinceBest++;
    }
    state = {
      position: { epoch: epoch + 1, stepInEpoch: 0, step },
      lossSum: 0,
      correct: 0,
      seen: 0,
      bestLoss,
      bestEpoch,
      sinceBest,
    };
    if (s.earlyStop && sinceBest >= s.earlyStop.patience) {
      reason = "early_stop";
      break;
    }
    if (stepsDone) break;
  }
  if (reason === "epochs" && opts.signal?.aborted && state.position.epoch < s.epochs) reason = "interrupt";

  // Early stopping keeps the best epoch's weights, as Keras' `restore_best_weights` does.
  let restored: LoopResult["restored"];
  if (reason === "early_stop" && bestWeights && bestEpoch < state.position.epoch) {
    backend.load(bestWeights);
    restored = { epoch: bestEpoch, valLoss: bestLoss };
  }
  // The final weights' test metrics, when an epoch's evaluation measured exactly those weights.
  const evaluatedAt = restored ? restored.epoch : state.position.stepInEpoch === 0 ? state.position.epoch : 0;
  const measured =
    reason === "nan" ? undefined : (epochs.find((e) => e.epoch === evaluatedAt)?.test ?? undefined);
  return {
    reason,
    position: state.position,
    state,
    epochs,
    ...(s.earlyStop && bestWeights && { bestWeights }),
    ...(restored && { restored }),
    ...(measured && { measured }),
    ...(nanStep !== undefined && { nanStep }),
    ...(nonFinite !== undefined && { nonFinite }),
  };
}

/**
 * The final metrics of a stopped run: on the test split (or the training split when there is none), unless an
 * epoch's evaluation measured the same weights already; undefined when `skip` cuts the evaluation short.
 */
export async function finalMetrics(
  program: StepProgram,
  backend: Backend,
  splits: Splits,
  settings: TrainSpec,
  result: LoopResult,
  skip?: AbortSignal,
  onEvaluate?: (e: EvaluateEvent) => void,
): Promise<SplitMetrics | undefined> {
  if (result.measured) return result.measured;
  const split = splits.test ?? splits.train;
  onEvaluate?.({ split: splits.test ? "test" : "train", examples: split.count, final: true });
  const r = await backend.evaluate(split, skip);
  if (skip?.aborted) return undefined;
  return summarise(r, program.model.target.kind === "class", settings.metrics.includes("top5"));
}

/**
 * A chunk of steps, kept up to the first whose loss is not finite. The backend runs the whole chunk (a GPU reads
 * the losses back once); on a NaN the weights go back to the chunk's start and the good steps run again, which
 * gives the same weights bit for bit, so a diverging run keeps its last good weights. `results` are the good steps'.
 */
export async function runChunk(
  backend: Backend,
  steps: readonly Step[],
  lr: number,
): Promise<{
  readonly results: readonly StepResult[];
  readonly diverged: boolean;
  readonly nonFinite?: string;
}> {
  backend.snapshot();
  const results = await backend.run(steps, lr);
  const bad = results.findIndex((r) => !Number.isFinite(r.loss));
  if (bad < 0) return { results, diverged: false };
  backend.restore();
  if (bad > 0) await backend.run(steps.slice(0, bad), lr);
  const nonFinite = results[bad]!.nonFinite;
  return { results: results.slice(0, bad), diverged: true, ...(nonFinite !== undefined && { nonFinite }) };
}

/** An evaluation's sums as the metrics printed and logged: means over the split, null where they do not apply. */
export function summarise(r: EvalResult, classes: boolean, top5: boolean): SplitMetrics {
  return {
    loss: r.lossSum / r.count,
    accuracy: classes ? r.correct / r.count : null,
    top5: classes && top5 ? r.top5 / r.count : null,
  };
}

function identity(n: number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  return p;
}
