// The public `train()` (CLI.md, "The API"): picks the model, loads its data, initialises or restores the weights,
// builds the step program, runs the loop on a backend, and returns the weights with the run's metrics. The CLI's
// `nnc train` is a thin layer over this.

import { error } from "../compiler/diagnostics.js";
import type { CheckedModel } from "../compiler/program.js";
import type { CompiledModel, CompiledProgram } from "../compiler/pipeline.js";
import type { TrainSpec } from "../compiler/frontend/model-specs.js";
import type { Split } from "./backend.js";
import type { LoopState } from "./loop.js";
import { describeCpuKernels, type CpuKernelOptions } from "../backends/cpu/kernel-path.js";
import { acquireDevice } from "../backends/webgpu/device.js";
import { DataError, type DataSplits } from "./data/index.js";
import { checkFits, loadModelData } from "./train-data.js";
import { initialise, type Weights } from "./init.js";
import {
  finalMetrics,
  freshState,
  runLoop,
  type LoopResult,
  type Position,
  type EpochMetrics,
  type SplitMetrics,
  type EvaluateEvent,
  type StepMetrics,
  type StopReason,
} from "./loop.js";
import { checkResumable, newRun, type RunInfo } from "./resume.js";
import { UserError } from "./user-error.js";
import { batchSizes, createBackend, trainSplits } from "./train-setup.js";
import { checkMemory, estimateTrainingMemory } from "./memory-estimate.js";

/**
 * A run's checkpoint: what `--resume` continues from. The loop state and the run are optional so that a run cut
 * short in memory can be continued with its weights, optimizer state and position alone (a fresh loop state).
 */
export interface ResumeState {
  readonly weights: Weights;
  readonly optimizerState: Weights;
  readonly position: Position;
  /** The rest of the loop's state (the epoch's sums so far, early stopping's); position is `position`. */
  readonly loop?: Omit<LoopState, "position">;
  /** Early stopping's best weights so far. */
  readonly bestWeights?: Weights;
  /** The run continued: its id and the settings a resumed run must keep. */
  readonly run?: RunInfo;
  /** How the run ended when it ended for good (early stopping): then nothing is left to train. */
  readonly finished?: StopReason;
}

/** Why the run stopped, and what follows: the final evaluation (on which split), unless an epoch measured it. */
export interface StopInfo {
  readonly reason: StopReason;
  /** The backend that ran. */
  readonly backend: "cpu" | "webgpu";
  readonly evaluating?: "test" | "train";
}

/** `cpuKernels`: which kernels the CPU backend's matmuls run (backends/cpu/kernel-path.ts). */
export interface TrainOptions extends CpuKernelOptions {
  /** Which model of a file that holds several. */
  readonly model?: string;
  readonly backend?: "auto" | "cpu" | "webgpu";
  /**
   * The kind of adapter the WGSL kernels are generated for; by default the one found. The tests run the hardware
   * kernels (workgroup-memory tiles and trees) on SwiftShader this way.
   */
  readonly wgslTarget?: "hardware" | "software";
  readonly epochs?: number;
  readonly batch?: number;
  readonly lr?: number;
  readonly seed?: number;
  /** Stop after this many optimizer steps (also mid-epoch). */
  readonly steps?: number;
  readonly shuffle?: boolean;
  /** Start from these weights instead of initialising (`--init`). */
  readonly init?: Weights;
  /** Continue an interrupted run (`--resume`). */
  readonly resume?: ResumeState;
  /** The data, already loaded; otherwise the `train` block's source is read (and downloaded if need be). */
  readonly data?: DataSplits;
  /** The `.nn` file's folder, which `idx` and `csv` paths are relative to. */
  readonly baseDir?: string;
  readonly dataDir?: string;
  /**
   * The environment, which nothing in the runtime reads by itself: `$NNC_DATA` for the named data sets, and the
   * Vulkan driver's variables, checked before a WebGPU adapter is looked for (the CLI passes the process's).
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Keep Dawn's native warnings off fd 2 while an adapter is probed (backends/webgpu/native-stderr.ts): the CLI's. */
  readonly catchNativeStderr?: boolean;
  /**
   * Scan every value of every step for NaN and infinity, and stop at the first with the instruction that made it
   * and where it came from (`nonFinite` of the result). The checks run on the CPU backend, whatever `backend` says.
   */
  readonly checkNumerics?: boolean;
  readonly onStep?: (m: StepMetrics) => void;
  readonly onEpoch?: (m: EpochMetrics) => void;
  /** Said before a split is evaluated (loop.ts). */
  readonly onEvaluate?: (e: EvaluateEvent) => void;
  /** One-line notes: which backend was taken (and on the CPU, which kernels run), downloads. */
  readonly onInfo?: (line: string) => void;
  /** An interrupt: the run stops once the current step is done, and its checkpoint is handed to `onCheckpoint`. */
  readonly signal?: AbortSignal;
  /**
   * Bytes training may take (the CLI passes the machine's memory): a model whose estimate is larger is refused
   * before its weights are allocated. No check without it.
   */
  readonly memoryLimit?: number;
  /** A second interrupt: cuts the evaluation in progress short; the final metrics are then null. */
  readonly skipEvaluation?: AbortSignal;
  /**
   * Called once the run stops, before the final evaluation (which may be long, and which `skipEvaluation` may
   * cut short), with the checkpoint to write: the weights (early stopping's best when it stopped the run).
   */
  readonly onCheckpoint?: (c: ResumeState, stop: StopInfo) => void | Promise<void>;
}

export interface TrainRun extends LoopResult {
  readonly model: CheckedModel;
  readonly settings: TrainSpec;
  /** Null when nothing was left to train. */
  readonly backend: "cpu" | "webgpu" | null;
  readonly weights: Weights;
  readonly optimizerState: Weights;
  /** What `--resume` continues from (and `onCheckpoint` was given). */
  readonly checkpoint: ResumeState;
  /** The final metrics (on the training split when there is no test split); null when the evaluation was skipped. */
  readonly test: SplitMetrics | null;
  /** Whether `test` was measured on a test split (else on the training split). */
  readonly testSplit: boolean;
  /** When resuming a run that has nothing left to train: why; nothing was trained (nor evaluated). */
  readonly nothingLeft?: string;
}

export function pickModel(program: CompiledProgram, name: string | undefined): CompiledModel {
  if (name !== undefined) {
    const m = program.models.find((x) => x.name === name);
    if (!m) throw new UserError(`no model named \`${name}\`; the file defines ${names(program)}`);
    return m;
  }
  if (program.models.length === 1) return program.models[0]!;
  if (program.models.length === 0) throw new UserError("the file defines no model");
  throw new UserError(
    `the file defines ${program.models.length} models (${names(program)}): pick one with --model`,
  );
}

function names(program: CompiledProgram): string {
  return program.models.map((m) => `\`${m.name}\``).join(", ");
}

/** The model's training settings with the options' overrides applied. */
export function settingsOf(m: CheckedModel, o: TrainOptions): TrainSpec {
  if (!m.train) {
    throw new UserError(`model \`${m.name}\` has no \`train\` block`, {
      diagnostics: [
        error("E2014", `model \`${m.name}\` has no \`train\` block`, []).withHelp(
          "add one, e.g. `train { data fashion_mnist; batch 64; epochs 5 }`",
        ),
      ],
    });
  }
  return {
    ...m.train,
    ...(o.epochs !== undefined && { epochs: o.epochs }),
    ...(o.batch !== undefined && { batch: o.batch }),
    ...(o.seed !== undefined && { seed: o.seed }),
    ...(o.shuffle !== undefined && { shuffle: o.shuffle }),
  };
}

export async function train(program: CompiledProgram, options: TrainOptions = {}): Promise<TrainRun> {
  const m = pickModel(program, options.model);
  const settings = settingsOf(m, options);
  const step = m.programs.step;
  const resume = options.resume;
  const run = resume?.run ?? newRun(settings);
  if (resume) {
    const nothingLeft = checkResumable(resume, settings, options.steps);
    if (nothingLeft) return unchanged(m, settings, resume, nothingLeft);
  }
  if (options.checkNumerics && options.backend !== "cpu")
    options.onInfo?.("check-numerics: the checks run on the CPU backend");
  const gpu = await chooseBackend(
    options.checkNumerics ? "cpu" : (options.backend ?? "auto"),
    options.onInfo,
    options.env,
    options.catchNativeStderr,
  );
  // Said, or refused for a BLAS that is not there, before any data is read.
  if (!gpu) {
    const kernels = describeCpuKernels(options);
    options.onInfo?.(kernels);
  }

  // Once before the data is read, at a batch of one: the parameters alone may not fit.
  if (options.memoryLimit !== undefined)
    checkMemory(estimateTrainingMemory(step, 1, 1), options.memoryLimit, m.name);
  const data = options.data ?? (await loadModelData(m, settings, options));
  const features = m.input.shape.reduce((a, b) => a * b, 1);
  const width = m.target.kind === "class" ? 1 : m.target.shape.reduce((a, b) => a * b, 1);
  checkFits(m, data.train, features, width, "training");
  if (data.test) checkFits(m, data.test, features, width, "test");

  const splits = trainSplits(m, settings, data);
  const sizes = batchSizes(settings, splits);
  // On the CPU every buffer is host memory; on WebGPU the activations live on the device, which checks its own limits.
  if (options.memoryLimit !== undefined && !gpu) {
    const bytes = [splits.train, splits.val, splits.test].reduce(
      (a, d) => a + (d ? d.x.byteLength + d.y.byteLength : 0),
      0,
    );
    checkMemory(
      estimateTrainingMemory(step, sizes.batch, sizes.evalBatch, bytes),
      options.memoryLimit,
      m.name,
    );
  }

  const weights = resume?.weights ?? options.init ?? initialise(m, settings.seed);
  const backend = await createBackend(
    m,
    {
      gpu: gpu && {
        device: gpu.device,
        target: options.wgslTarget ?? (gpu.software ? "software" : "hardware"),
      },
      cpu: options,
      ...(options.checkNumerics !== undefined && { checkNumerics: options.checkNumerics }),
    },
    splits,
    sizes,
    weights,
    resume?.optimizerState,
  );
  const result = await runLoop(step, backend, splits, {
    settings,
    ...(options.lr !== undefined && { lr: options.lr }),
    ...(options.steps !== undefined && { steps: options.steps }),
    ...(resume && { start: { ...freshState(), ...resume.loop, position: resume.position } }),
    ...(resume?.bestWeights && { bestWeights: resume.bestWeights }),
    ...(options.onStep && { onStep: options.onStep }),
    ...(options.onEpoch && { onEpoch: options.onEpoch }),
    ...(options.onEvaluate && { onEvaluate: options.onEvaluate }),
    ...(options.signal && { signal: options.signal }),
    ...(options.skipEvaluation && { skipEvaluation: options.skipEvaluation }),
  });
  const { position, ...loop } = result.state;
  const checkpoint: ResumeState = {
    weights: await backend.weights(),
    optimizerState: await backend.optimizerState(),
    position,
    loop,
    ...(result.bestWeights && { bestWeights: result.bestWeights }),
    run,
    ...(result.reason === "early_stop" && { finished: result.reason }),
  };
  const evaluating = result.measured ? undefined : splits.test ? "test" : "train";
  await options.onCheckpoint?.(checkpoint, {
    reason: result.reason,
    backend: backend.name,
    ...(evaluating && { evaluating }),
  });
  const test = await finalMetrics(
    step,
    backend,
    splits,
    settings,
    result,
    options.skipEvaluation,
    options.onEvaluate,
  );
  return {
    ...result,
    model: m,
    settings,
    backend: backend.name,
    weights: checkpoint.weights,
    optimizerState: checkpoint.optimizerState,
    checkpoint,
    test: test ?? null,
    testSplit: !!splits.test,
  };
}

/** The run a finished checkpoint describes, returned as it is. */
function unchanged(m: CheckedModel, settings: TrainSpec, c: ResumeState, nothingLeft: string): TrainRun {
  const { position } = c;
  return {
    reason: c.finished ?? "epochs",
    position,
    state: { ...freshState(), ...c.loop, position },
    epochs: [],
    model: m,
    settings,
    backend: null,
    weights: c.weights,
    optimizerState: c.optimizerState,
    checkpoint: c,
    test: null,
    testSplit: false,
    nothingLeft,
  };
}

/**
 * CLI.md's `--backend`: `webgpu` insists on an adapter (one line naming what was tried when there is none); `auto`
 * takes a hardware adapter and otherwise the CPU, which beats a software adapter (SwiftShader), and says which.
 */
export async function chooseBackend(
  want: "auto" | "cpu" | "webgpu",
  onInfo: ((line: string) => void) | undefined,
  env?: Readonly<Record<string, string | undefined>>,
  catchNativeStderr = false,
): Promise<{ device: GPUDevice; software: boolean } | undefined> {
  if (want === "cpu") return undefined;
  let acquired;
  try {
    acquired = await acquireDevice({ ...(env && { env }), catchNativeStderr });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    if (want === "webgpu") throw e;
    onInfo?.(`backend: cpu (no WebGPU adapter)`);
    return undefined;
  }
  if (want === "auto" && acquired.software) {
    acquired.device.destroy();
    onInfo?.(`backend: cpu (the only WebGPU adapter is software: ${acquired.description})`);
    return undefined;
  }
  onInfo?.(`backend: webgpu (${acquired.description})`);
  return acquired;
}
