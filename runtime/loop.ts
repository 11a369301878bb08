// The training session (LANGUAGE §9, CLI.md): minibatches in order or shuffled by the seed (the last partial batch
// kept), the learning-rate schedule per epoch, Adam's t and the dropout seeds per step, steps handed to the backend
// in chunks, a loss that turns NaN (the weights rolled back to the last good step), evaluation on the test split
// (and the validation split) after each epoch, early stopping, `--steps`, interruption, and the position a
// checkpoint resumes from. Backend-agnostic: a Backend (backend.ts) runs the steps.

import type { StepProgram } from "../compiler/step.js";
import type { TrainSpec } from "../compiler/frontend/model-specs.js";
import type { Backend, EvalResult, Split, Step, StepResult } from "./backend.js";
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
  /** The epoch in progress (from 0) and the steps of it already taken. */
  readonly epoch: number;
  readonly stepInEpoch: number;
  /** Optimizer steps taken since the start of training (Adam's t). */
  readonly step: number;
}

export interface LoopOptions {
  readonly settings: TrainSpec;
  /** Overrides of the file's settings (CLI flags). */
  readonly lr?: number;
  readonly steps?: number;
  readonly start?: Position;
  readonly onStep?: (m: StepMetrics) => void;
  readonly onEpoch?: (m: EpochMetrics) => void;
  /** Said before a split is evaluated: after each epoch, and once more when a run stopped early (`final`). */
  readonly onEvaluate?: (e: EvaluateEvent) => void;
  readonly signal?: AbortSignal;
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
  readonly epochs: EpochMetrics[];
  /** The final test metrics (on the training split when there is no test split). */
  readonly test: SplitMetrics | null;
  /** Whether `test` was measured on a test split (else on the training split). */
  readonly testSplit: boolean;
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
  let step = opts.start?.step ?? 0;
  let bestVal = Infinity;
  let sinceBest = 0;
  let reason: StopReason = "epochs";
  let nanStep: number | undefined;
  let nonFinite: string | undefined;
  let position: Position = opts.start ?? { epoch: 0, stepInEpoch: 0, step: 0 };

  const top5 = s.metrics.includes("top5");
  const measure = async (
    split: Split,
    name: EvaluateEvent["split"],
    final = false,
  ): Promise<SplitMetrics> => {
    opts.onEvaluate?.({ split: name, examples: split.count, final });
    return summarise(await backend.evaluate(split), classes, top5);
  };

  epochLoop: for (let epoch = opts.start?.epoch ?? 0; epoch < s.epochs; epoch++) {
    const lr = learningRate(program.model.optimizer.lr, epoch, s.epochs, opts.lr);
    const order = s.shuffle ? new Rng(deriveSeed(s.seed, epoch + 1)).permutation(n) : identity(n);
    backend.setOrder(order);
    const t0 = performance.now();
    let lossSum = 0;
    let correct = 0;
    let seen = 0;
    const first = epoch === opts.start?.epoch ? opts.start.stepInEpoch : 0;
    for (let k = first; k < stepsPerEpoch;) {
      if (opts.signal?.aborted) {
        reason = "interrupt";
        position = { epoch, stepInEpoch: k, step };
        break epochLoop;
      }
      // A chunk of steps: never past the epoch's end, nor past --steps.
      let size = Math.min(backend.chunk, stepsPerEpoch - k);
      if (opts.steps !== undefined) size = Math.min(size, opts.steps - step);
      const steps = Array.from({ length: size }, (_, j): Step => {
        const start = (k + j) * s.batch;
        const count = Math.min(n, start + s.batch) - start;
        return { start, count, t: step + j + 1, seed: deriveSeed(s.seed, 0x5eed0000 + step + j) };
      });
      const { results, diverged, ...bad } = await runChunk(backend, steps, lr);
      for (const [j, r] of results.entries()) {
        step++;
        k++;
        const count = steps[j]!.count;
        lossSum += r.loss * count;
        correct += r.correct;
        seen += count;
        const elapsed = (performance.now() - t0) / 1000;
        opts.onStep?.({
          epoch: epoch + 1,
          step,
          stepInEpoch: k,
          stepsPerEpoch,
          loss: r.loss,
          samplesPerSecond: seen / Math.max(elapsed, 1e-9),
          secondsLeft: (elapsed / (k - first)) * (stepsPerEpoch - k),
        });
        position =
          k === stepsPerEpoch ? { epoch: epoch + 1, stepInEpoch: 0, step } : { epoch, stepInEpoch: k, step };
      }
      if (diverged) {
        reason = "nan";
        nanStep = step + 1;
        nonFinite = bad.nonFinite;
        position = { epoch, stepInEpoch: k, step };
        break epochLoop;
      }
      if (opts.steps !== undefined && step >= opts.steps) {
        reason = "steps";
        break epochLoop;
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    const test = splits.test ? await measure(splits.test, "test") : null;
    const val = splits.val ? await measure(splits.val, "val") : null;
    const m: EpochMetrics = {
      epoch: epoch + 1,
      epochs: s.epochs,
      steps: stepsPerEpoch - first,
      trainLoss: seen ? lossSum / seen : NaN,
      trainAccuracy: classes && seen ? correct / seen : null,
      test,
      val,
      lr,
      seconds,
      samplesPerSecond: seen / Math.max(seconds, 1e-9),
    };
    epochs.push(m);
    opts.onEpoch?.(m);
    if (s.earlyStop && val) {
      if (val.loss < bestVal - s.earlyStop.minDelta) {
        bestVal = val.loss;
        sinceBest = 0;
      } else if (++sinceBest >= s.earlyStop.patience) {
        reason = "early_stop";
        break;
      }
    }
  }
  // A run that stops early still evaluates on the test split; one that ran its epochs has just done so.
  const last = epochs.at(-1);
  const finalSplit = splits.test ?? splits.train;
  const test =
    (reason === "epochs" || reason === "early_stop" ? last?.test : undefined) ??
    (await measure(finalSplit, splits.test ? "test" : "train", true));
  return {
    reason,
    position,
    epochs,
    test,
    testSplit: !!splits.test,
    ...(nanStep !== undefined && { nanStep }),
    ...(nonFinite !== undefined && { nonFinite }),
  };
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
