// The public `train()` (CLI.md, "The API"): picks the model, loads its data, initialises or restores the weights,
// builds the step program, runs the loop on a backend, and returns the weights with the run's metrics. The CLI's
// `nnc train` is a thin layer over this.

import { error } from "../compiler/diagnostics.js";
import type { CheckedModel } from "../compiler/program.js";
import type { CompiledModel, CompiledProgram } from "../compiler/pipeline.js";
import type { TrainSpec } from "../compiler/frontend/model-specs.js";
import type { Split } from "./backend.js";
import { CpuBackend } from "../backends/cpu/backend.js";
import { describeCpuKernels, type CpuKernelOptions } from "../backends/cpu/kernel-path.js";
import { acquireDevice } from "../backends/webgpu/device.js";
import { WebGpuBackend } from "../backends/webgpu/backend.js";
import { DataError, loadData, type DataSplits, type DataSourceSpec } from "./data/index.js";
import { initialise, type Weights } from "./init.js";
import {
  runLoop,
  splitValidation,
  type LoopResult,
  type Position,
  type EpochMetrics,
  type EvaluateEvent,
  type StepMetrics,
} from "./loop.js";
import { UserError } from "./user-error.js";

export interface ResumeState {
  readonly weights: Weights;
  readonly optimizerState: Weights;
  readonly position: Position;
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
  readonly signal?: AbortSignal;
}

export interface TrainRun extends LoopResult {
  readonly model: CheckedModel;
  readonly settings: TrainSpec;
  readonly backend: "cpu" | "webgpu";
  readonly weights: Weights;
  readonly optimizerState: Weights;
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

  const data = options.data ?? (await loadModelData(m, settings, options));
  const features = m.input.shape.reduce((a, b) => a * b, 1);
  const width = m.target.kind === "class" ? 1 : m.target.shape.reduce((a, b) => a * b, 1);
  checkFits(m, data.train, features, width, "training");
  if (data.test) checkFits(m, data.test, features, width, "test");

  const splits =
    settings.validation !== undefined
      ? {
          ...splitValidation(data.train, settings.validation, settings.seed, features, width),
          ...(data.test && { test: data.test }),
        }
      : { train: data.train as Split, ...(data.test && { test: data.test as Split }) };

  const weights = options.resume?.weights ?? options.init ?? initialise(m, settings.seed);
  const backend = gpu
    ? await WebGpuBackend.create(
        gpu.device,
        options.wgslTarget ?? (gpu.software ? "software" : "hardware"),
        m.programs,
        splits,
        settings.batch,
        weights,
        options.resume?.optimizerState,
      )
    : new CpuBackend(
        m.programs,
        splits.train,
        settings.batch,
        weights,
        options.resume?.optimizerState,
        options,
        options.checkNumerics,
      );
  const result = await runLoop(step, backend, splits, {
    settings,
    ...(options.lr !== undefined && { lr: options.lr }),
    ...(options.steps !== undefined && { steps: options.steps }),
    ...(options.resume && { start: options.resume.position }),
    ...(options.onStep && { onStep: options.onStep }),
    ...(options.onEpoch && { onEpoch: options.onEpoch }),
    ...(options.onEvaluate && { onEvaluate: options.onEvaluate }),
    ...(options.signal && { signal: options.signal }),
  });
  return {
    ...result,
    model: m,
    settings,
    backend: backend.name,
    weights: await backend.weights(),
    optimizerState: await backend.optimizerState(),
  };
}

/** Reads (or makes, or downloads) the data the `train` block names, relative to the `.nn` file's folder. */
export function loadModelData(
  m: CheckedModel,
  settings: TrainSpec,
  o: {
    readonly baseDir?: string;
    readonly dataDir?: string;
    readonly env?: Readonly<Record<string, string | undefined>>;
  },
): Promise<DataSplits> {
  return loadData(settings.data as DataSourceSpec, {
    baseDir: o.baseDir ?? ".",
    classes: m.target.kind === "class" ? m.target.classes : undefined,
    seed: settings.seed,
    ...(o.dataDir !== undefined && { dataDir: o.dataDir }),
    ...(o.env !== undefined && { env: o.env }),
  });
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

/** LANGUAGE §9.1: an example's values, taken in order, must fill the declared input; labels must fit the target. */
function checkFits(
  m: CheckedModel,
  d: DataSplits["train"],
  features: number,
  width: number,
  which: string,
): void {
  const size = d.exampleShape.reduce((a, b) => a * b, 1);
  if (size !== features) {
    throw new DataError(
      `the ${which} examples have ${size} values ([${d.exampleShape.join(", ")}]), but input \`${m.input.name}\` takes ${features} ([${m.input.shape.join(", ")}])`,
    );
  }
  const got = d.count === 0 ? width : d.y.length / d.count;
  if (got !== width) {
    throw new DataError(
      `the ${which} targets have ${got} values each, but target \`${m.target.name}\` takes ${width}`,
    );
  }
}
