// `nnc export FILE --to pytorch|onnx [-o OUT] [--weights CKPT] [--model NAME]` (CLI.md): the model as a PyTorch
// package (module, training loop for torchrun, data readers; issue 12) written into a folder, or its forward pass
// as ONNX (export-onnx.ts). The files come from the API's `exportPyTorch`; this file only picks the paths and writes.

import { dirname, join, relative, sep } from "node:path";
import { Command } from "commander";
import {
  ExportError,
  exportPyTorch,
  loadWeights,
  pickModel,
  saveWeights,
  UserError,
  writeFolder,
  type CompiledModel,
} from "../index.js";
import { compileFile, type CompileFlags } from "./compile-file.js";
import { exportOnnxCommand } from "./export-onnx.js";
import { EXIT, type Io } from "./io.js";
import { setOption } from "./options.js";
import { nncVersion } from "./version.js";

interface ExportFlags extends CompileFlags {
  to: string;
  out?: string;
  weights?: string;
}

export function addExportCommand(program: Command, io: Io): void {
  program
    .command("export")
    .description("the model as PyTorch code (module and training loop, runs under torchrun) or as ONNX")
    .argument("<file>", ".nn file")
    .requiredOption("--to <format>", "pytorch or onnx")
    .option("-o, --out <path>", "the folder (pytorch; default ./<Model>-pytorch) or file (onnx) to write")
    .option("--weights <ckpt>", "weights to put beside the code (pytorch) or into the model (onnx)")
    .option("--model <name>", "which model, when the file holds several")
    .addOption(setOption())
    .action(async (file: string, flags: ExportFlags) => {
      if (flags.to !== "pytorch" && flags.to !== "onnx")
        throw new UserError(`--to must be pytorch or onnx, not \`${flags.to}\``, { exitCode: EXIT.usage });
      if (flags.to === "onnx") {
        if (flags.weights === undefined)
          throw new UserError("`--to onnx` needs `--weights CKPT`: the model carries the weights", {
            exitCode: EXIT.usage,
          });
        const { weights, model, out, set } = flags;
        await exportOnnxCommand(
          file,
          {
            weights,
            ...(model !== undefined && { model }),
            ...(out !== undefined && { out }),
            ...(set !== undefined && { set }),
          },
          io,
        );
        return;
      }
      const result = compileFile(file, flags, io);
      exportPyTorchCommand(file, pickModel(result.program!, flags.model), flags, io);
    });
}

function exportPyTorchCommand(file: string, m: CompiledModel, flags: ExportFlags, io: Io): void {
  const out = flags.out ?? `./${m.name}-pytorch`;
  const weights = flags.weights !== undefined ? loadWeights(flags.weights, m) : undefined;
  // train.py reads the data's paths relative to the .nn file's folder, found from its own.
  const dataBase = relative(out, dirname(file)).split(sep).join("/") || ".";
  let files: Map<string, string>;
  try {
    files = exportPyTorch(m, { dataBase, version: nncVersion() });
  } catch (e) {
    if (e instanceof ExportError) throw new UserError(e.message);
    throw e;
  }
  writeFolder(out, files, "-o");
  const names = [...files.keys()];
  if (weights) {
    saveWeights(join(out, `${m.name}.safetensors`), m, weights);
    names.push(`${m.name}.safetensors`);
  }
  io.stderr(`wrote ${names.join(", ")} to ${out}\n`);
}
