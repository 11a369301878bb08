// The API a web page takes (the playground): the compiler and the training session as they are, minus what only Node
// has (the disk, koffi's BLAS, Dawn). Imports are not read (a page has no disk): an `import` is E2010 unless the
// caller passes a host. tests/browser-imports.test.ts fails when anything here reaches a Node-only module.

import { compileWith, type CompileOptions, type CompileResult } from "./compiler/pipeline.js";
import type { FileHost } from "./compiler/frontend/imports.js";
import { wasmKernels } from "./backends/cpu/kernel-options.js";

/** No files besides the one compiled: every import is missing. */
export const noFilesHost: FileHost = {
  readFile: () => undefined,
  resolve: (from, spec) => `${from.slice(0, from.lastIndexOf("/") + 1)}${spec}`,
};

/** Parses, resolves and shape-checks a `.nn` program; the CPU lowering takes the WebAssembly kernels. */
export function compile(source: string, options: CompileOptions = {}): CompileResult {
  return compileWith(source, options, { host: noFilesHost, resolveBlas: wasmKernels });
}

export type { CompileOptions, CompileResult, CompiledModel, CompiledProgram } from "./compiler/pipeline.js";
export type { CheckedModel, SummaryRow, ParamInfo } from "./compiler/program.js";
export { Diagnostic, renderAll } from "./compiler/diagnostics.js";
export { SourceFile, type Span } from "./compiler/source.js";
export { renderSummary, fmtSpec } from "./compiler/frontend/summary.js";
export { MAX_SEED } from "./compiler/frontend/train-settings.js";
export { formatSource } from "./compiler/format/format.js";
export { highlight, type Highlight, type HighlightKind } from "./compiler/frontend/highlight.js";
export { exportPyTorch } from "./compiler/export/pytorch.js";
export type { TrainSpec } from "./compiler/frontend/model-specs.js";
export {
  runLoop,
  freshState,
  splitValidation,
  finalMetrics,
  type EpochMetrics,
  type StepMetrics,
  type SplitMetrics,
  type LoopState,
  type Splits,
} from "./runtime/loop.js";
export { EVAL_BATCH, type Backend, type Split } from "./runtime/backend.js";
export { CpuBackend } from "./backends/cpu/backend.js";
export { WebGpuBackend } from "./backends/webgpu/backend.js";
export { acquireBrowserDevice, deviceOf, type Acquired } from "./backends/webgpu/adapter.js";
export { initialise, type Weights } from "./runtime/init.js";
export { trainSplits, batchSizes, createBackend, type BatchSizes } from "./runtime/train-setup.js";
export { spiral } from "./runtime/data/spiral.js";
export { decodeIdx, idxPair } from "./runtime/data/idx-decode.js";
export { csvSplit } from "./runtime/data/csv-text.js";
export type { Dataset, DataSplits } from "./runtime/data/dataset.js";
export { encodeWeights } from "./runtime/weights-bytes.js";
export { forwardScores, softmax } from "./runtime/scores.js";
export { UserError } from "./runtime/user-error.js";
