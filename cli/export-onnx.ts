// `nnc export FILE --to onnx --weights CKPT [-o OUT]` is the ONNX exporter's (issue 12, item 3), built on another
// branch; this stand-in has its signature, so that export-command.ts calls it as it will be.

import { UserError } from "../index.js";
import { EXIT, type Io } from "./io.js";

export interface ExportOnnxFlags {
  model?: string;
  /** The checkpoint whose weights the model carries. */
  weights: string;
  /** Where the model goes; default `./<Model>.onnx`. */
  out?: string;
}

export function exportOnnxCommand(_file: string, _flags: ExportOnnxFlags, _io: Io): Promise<void> {
  return Promise.reject(new UserError("`nnc export --to onnx` is not built yet", { exitCode: EXIT.usage }));
}
