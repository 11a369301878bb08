// `nnc export FILE --to onnx --weights CKPT [-o OUT]` (CLI.md, issue 12): the forward pass with the checkpoint's
// weights as an ONNX model, through the API's `saveOnnx()`. The output path is checked before anything is read.

import { checkOutputPath, loadWeights, pickModel, saveOnnx, ONNX_OPSET } from "../index.js";
import { compileFile, type CompileFlags } from "./compile-file.js";
import type { Io } from "./io.js";

export interface ExportOnnxFlags extends CompileFlags {
  /** The checkpoint whose weights the model carries. */
  weights: string;
  /** Where the model goes; default `./<Model>.onnx`. */
  out?: string;
}

export async function exportOnnxCommand(file: string, flags: ExportOnnxFlags, io: Io): Promise<void> {
  if (flags.out !== undefined) checkOutputPath(flags.out, "-o");
  const result = compileFile(file, flags, io);
  const m = pickModel(result.program!, flags.model);
  const out = flags.out ?? `${m.name}.onnx`;
  checkOutputPath(out, "-o");
  const weights = loadWeights(flags.weights, m);
  saveOnnx(out, m, weights);
  const shape = (dims: readonly number[]) => `[N, ${dims.join(", ")}]`;
  io.stdout(
    `wrote ${out}: ONNX opset ${ONNX_OPSET}, input \`${m.input.name}\` ${shape(m.input.shape)} → \`scores\`, ` +
      `${m.parameterCount.toLocaleString("en-US")} parameters\n`,
  );
}
