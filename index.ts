// The public API of nnc: everything the CLI does goes through these exports (CLI.md, "The API").

import { compileWith, type CompileOptions, type CompileResult } from "./compiler/pipeline.js";
import type { FileHost } from "./compiler/frontend/imports.js";
import { readSource, resolveImport } from "./runtime/read-source.js";
import { resolveCpuKernels } from "./backends/cpu/kernel-path.js";

/** Reads imports from the disk, relative to the importing file (an absolute path is taken as it is). */
export const diskHost: FileHost = {
  readFile(path) {
    const r = readSource(path);
    return "text" in r ? r.text : undefined;
  },
  problem(path) {
    const r = readSource(path);
    return "problem" in r && !r.missing ? r.problem : undefined;
  },
  resolve: resolveImport,
};

/** Parses, resolves and shape-checks a `.nn` program. `result.ok` is false when any diagnostic is an error. */
export function compile(source: string, options: CompileOptions = {}): CompileResult {
  return compileWith(source, options, { host: diskHost, resolveBlas: resolveCpuKernels });
}

export type { CompileOptions, CompileResult } from "./compiler/pipeline.js";
export type { Override as ConstantOverride } from "./compiler/frontend/constants.js";
export type { FileHost } from "./compiler/frontend/imports.js";
export type {
  CheckedModel,
  CheckedProgram,
  LayerUse,
  NetNode,
  ParamInfo,
  SummaryRow,
} from "./compiler/program.js";
export { Diagnostic, renderAll } from "./compiler/diagnostics.js";
export { DIAGNOSTIC_CODES, explainCode, suggestCode, type Code } from "./compiler/diagnostic-codes/index.js";
export { SourceFile, type Span } from "./compiler/source.js";
export { renderSummary } from "./compiler/frontend/summary.js";
export { MAX_SEED } from "./compiler/frontend/train-settings.js";
export { printAst } from "./compiler/frontend/ast-print.js";
export { formatSource, type Formatted } from "./compiler/format/format.js";
export type { StepProgram, StateInfo, Carried, GradientProgram } from "./compiler/step.js";
export type { CompiledModel, CompiledProgram, ModelPrograms } from "./compiler/pipeline.js";
export { DREAM_CLASS, DREAM_L2, type DreamProgram } from "./compiler/dream.js";
export { printFunc } from "./compiler/ir/print.js";
export { parseFunc } from "./compiler/ir/parse.js";
export type { Func } from "./compiler/ir/types.js";
export type { Value, TensorType } from "./compiler/ir/value.js";
export {
  train,
  pickModel,
  type TrainOptions,
  type TrainRun,
  type ResumeState,
  type StopInfo,
} from "./runtime/train.js";
export { evaluate, type EvaluateOptions, type Evaluation } from "./runtime/evaluate.js";
export { gradcheck, type GradcheckOptions, type GradcheckRow } from "./runtime/gradcheck.js";
export {
  predict,
  type ClassProbability,
  type Prediction,
  type PredictInput,
  type PredictOptions,
} from "./runtime/predict.js";
export { readPredictInputs, type ReadPredictOptions } from "./runtime/predict-files.js";
export { dream, type DreamOptions, type DreamResult, type DreamStep } from "./runtime/dream.js";
export { tensorToImage, writePng } from "./runtime/image/tensor-image.js";
export { imageLayout, inputImageLayout, type ImageLayout } from "./runtime/image/layout.js";
export type { Image } from "./runtime/image/png.js";
export {
  loadWeights,
  saveWeights,
  weightsOf,
  optimizerPath,
  type SaveWeightsOptions,
} from "./runtime/weights-file.js";
export { exportOnnx, saveOnnx, type OnnxOptions } from "./runtime/onnx-file.js";
export { ONNX_OPSET } from "./compiler/export/onnx.js";
export { loadResume, saveCheckpoint } from "./runtime/resume-file.js";
export {
  readRunRecord,
  recordHost,
  recordMetadata,
  runRecord,
  RECORD_KEYS,
  type RunRecord,
  type RunRecordOptions,
  type SourceText,
} from "./runtime/run-record.js";
export type { RunInfo } from "./runtime/resume.js";
export {
  readSafetensors as loadCheckpoint,
  writeSafetensors,
  CheckpointError,
  type LoadedCheckpoint,
} from "./runtime/checkpoint/index.js";
export { loadData, DataError, type Dataset, type DataSplits } from "./runtime/data/index.js";
export { UserError, type UserErrorOptions } from "./runtime/user-error.js";
export { checkOutputPath } from "./runtime/output-path.js";
export { writeAtomically } from "./runtime/atomic-file.js";
export { readSource, MAX_SOURCE_BYTES, type SourceRead } from "./runtime/read-source.js";
export type {
  EpochMetrics,
  EvaluateEvent,
  StepMetrics,
  SplitMetrics,
  StopReason,
  Position,
  LoopState,
} from "./runtime/loop.js";
export type { Weights } from "./runtime/init.js";
export { lowerToWgsl, printWgsl, type WgslPlan } from "./backends/webgpu/lower.js";
export { lowerToCpu, printCpu, type CpuPlan } from "./backends/cpu/lower.js";
export {
  CPU_KERNEL_PATHS,
  describeCpuKernels,
  resolveCpuKernels,
  type CpuKernelOptions,
  type CpuKernelPath,
} from "./backends/cpu/kernel-path.js";
export { defaultBlasLibraries, findBlas, type Blas, type BlasLibrary } from "./backends/cpu/blas/index.js";
export { buildGraph, type Graph, type GraphEdge, type GraphNode, type GraphOptions } from "./viz/graph.js";
export { graphToDot } from "./viz/graph-dot.js";
export { dotToSvg } from "./viz/graphviz.js";
export { svgToPng } from "./viz/rasterise.js";
export { parseTrainingLog, type EpochPoint, type TrainingRun } from "./viz/training-log.js";
export { curvesHtml, curvesSpec, renderCurvesSvg } from "./viz/curves.js";
export { flopsByNode, instrFlops } from "./compiler/flops.js";
export { estimateTrainingMemory, size, type MemoryEstimate } from "./runtime/memory-estimate.js";
export { renderCosts, stageCosts, type StageCost } from "./viz/cost-table.js";
export { exportPyTorch, type PyTorchExportOptions } from "./compiler/export/pytorch.js";
export { ExportError } from "./compiler/export/py-names.js";
export { writeFolder } from "./runtime/output-folder.js";
