// The public ONNX export (`nnc export FILE --to onnx`, issue 12): a model (or a program and which of its models) and
// its weights in, the forward pass as an ONNX model out (compiler/export/onnx.ts), as bytes or written atomically
// to a file whose path is checked first.

import { onnxModelBytes } from "../compiler/export/onnx.js";
import type { CompiledModel, CompiledProgram } from "../compiler/pipeline.js";
import { writeAtomically } from "./atomic-file.js";
import type { Weights } from "./init.js";
import { checkOutputPath } from "./output-path.js";
import { paramInputs } from "./predict.js";
import { pickModel } from "./train.js";
import { UserError } from "./user-error.js";

export interface OnnxOptions {
  /** Which model of a program that holds several. */
  readonly model?: string;
}

/**
 * The forward pass (evaluation mode) with `weights` as an ONNX model: opset 13, the input named as the model's with
 * a batch axis `N`, the output `scores`, initializers named by checkpoint keys. A missing or mis-sized weight is a
 * one-line UserError.
 */
export function exportOnnx(
  from: CompiledModel | CompiledProgram,
  weights: Weights,
  options: OnnxOptions = {},
): Uint8Array {
  const model = "models" in from ? pickModel(from, options.model) : from;
  paramInputs(model, weights);
  return onnxModelBytes(model, weights);
}

/** Writes `exportOnnx(...)` to `path` atomically, after checking the path; errors name it as `-o`. */
export function saveOnnx(
  path: string,
  from: CompiledModel | CompiledProgram,
  weights: Weights,
  options: OnnxOptions = {},
): void {
  checkOutputPath(path, "-o");
  const bytes = exportOnnx(from, weights, options);
  try {
    writeAtomically(path, bytes);
  } catch (e) {
    throw new UserError(`-o \`${path}\`: cannot write the ONNX model (${(e as Error).message})`);
  }
}
