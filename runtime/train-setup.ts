// What `train()` and the playground's worker both set up before the loop: the validation fraction held out, the
// training and evaluation batch sizes, and the backend with its weights. Browser-safe (no disk, no Dawn): the caller
// acquires the GPU device, through Node's `webgpu` package or the page's navigator.gpu.

import type { CompiledModel } from "../compiler/pipeline.js";
import type { TrainSpec } from "../compiler/frontend/model-specs.js";
import type { CpuKernelOptions } from "../backends/cpu/kernel-path.js";
import type { WgslTarget } from "../backends/webgpu/wgsl-ctx.js";
import { CpuBackend } from "../backends/cpu/backend.js";
import { WebGpuBackend } from "../backends/webgpu/backend.js";
import { EVAL_BATCH, type Backend, type Split } from "./backend.js";
import type { Weights } from "./init.js";
import { splitValidation, type Splits } from "./loop.js";
import { DataError } from "./data/dataset.js";
import type { DataSourceSpec } from "./data/index.js";

/**
 * The splits the loop trains and measures on: `validation F` holds out that fraction of the training set. A training
 * split left empty (no examples, or all held out) is a user error naming the data set and its counts.
 */
export function trainSplits(
  m: CompiledModel,
  settings: TrainSpec,
  data: { readonly train: Split; readonly test?: Split | undefined },
): Splits {
  const features = m.input.shape.reduce((a, b) => a * b, 1);
  const width = m.target.kind === "class" ? 1 : m.target.shape.reduce((a, b) => a * b, 1);
  const test = data.test && { test: data.test };
  const splits =
    settings.validation !== undefined
      ? { ...splitValidation(data.train, settings.validation, settings.seed, features, width), ...test }
      : { train: data.train, ...test };
  if (splits.train.count === 0) throw new DataError(emptyTraining(settings, data.train.count));
  return splits;
}

/** Why a training split is empty: the data set and its counts. */
function emptyTraining(settings: TrainSpec, examples: number): string {
  const name = dataName(settings.data as DataSourceSpec);
  if (examples === 0) return `the training data ${name} holds no examples; there is nothing to train on`;
  return (
    `\`validation ${settings.validation}\` holds out all ${examples} examples of ${name}, leaving none to train ` +
    `on; hold out a smaller fraction`
  );
}

function dataName(d: DataSourceSpec): string {
  switch (d.kind) {
    case "csv":
      return `\`${d.path}\``;
    case "idx":
      return `\`${d.images}\``;
    case "spiral":
      return "`spiral`";
    default:
      return `\`${d.kind}\``;
  }
}

export interface BatchSizes {
  /** The buffers are planned for the largest batch that occurs: a batch larger than the data set is the whole set. */
  readonly batch: number;
  /** The examples evaluated at once. */
  readonly evalBatch: number;
}

export function batchSizes(settings: TrainSpec, splits: Splits): BatchSizes {
  return {
    batch: Math.min(settings.batch, splits.train.count),
    evalBatch: Math.min(
      EVAL_BATCH,
      Math.max(splits.train.count, splits.val?.count ?? 0, splits.test?.count ?? 0),
    ),
  };
}

export interface BackendChoice {
  /** A WebGPU device and the WGSL it takes; undefined: the CPU backend. */
  readonly gpu: { readonly device: GPUDevice; readonly target: WgslTarget } | undefined;
  readonly cpu?: CpuKernelOptions;
  readonly checkNumerics?: boolean;
}

/** The backend holding `weights` (and a resumed run's optimizer state), ready for the loop. */
export async function createBackend(
  m: CompiledModel,
  choice: BackendChoice,
  splits: Splits,
  sizes: BatchSizes,
  weights: Weights,
  optimizerState: Weights | undefined,
): Promise<Backend> {
  return choice.gpu
    ? WebGpuBackend.create(
        choice.gpu.device,
        choice.gpu.target,
        m.programs,
        splits,
        sizes.batch,
        weights,
        optimizerState,
      )
    : new CpuBackend(
        m.programs,
        splits.train,
        sizes.batch,
        weights,
        optimizerState,
        choice.cpu ?? {},
        sizes.evalBatch,
        choice.checkNumerics ?? false,
      );
}
