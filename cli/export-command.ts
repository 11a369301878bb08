// `nnc export FILE --to onnx [-o OUT] --weights CKPT` (CLI.md). This branch's stand-in for the command, which the
// PyTorch export's branch owns: it knows only `--to onnx` and hands it to export-onnx.ts.

import { Command, Option } from "commander";
import { UserError } from "../index.js";
import { exportOnnxCommand } from "./export-onnx.js";
import { EXIT, type Io } from "./io.js";

interface ExportFlags {
  to: "pytorch" | "onnx";
  out?: string;
  weights?: string;
  model?: string;
}

export function addExportCommand(program: Command, io: Io): void {
  program
    .command("export")
    .description("the model as PyTorch code or as an ONNX model of the forward pass")
    .argument("<file>", ".nn file")
    .addOption(
      new Option("--to <format>", "what to write").choices(["pytorch", "onnx"]).makeOptionMandatory(),
    )
    .option("-o, --out <path>", "where to write")
    .option("--weights <ckpt>", "the weights the model carries (safetensors); needed for onnx")
    .option("--model <name>", "which model, when the file holds several")
    .action(async (file: string, flags: ExportFlags) => {
      if (flags.to !== "onnx")
        throw new UserError("`--to pytorch` is not in this build", { exitCode: EXIT.usage });
      if (flags.weights === undefined)
        throw new UserError("`--to onnx` needs `--weights CKPT`: the model carries the weights", {
          exitCode: EXIT.usage,
        });
      await exportOnnxCommand(
        file,
        {
          weights: flags.weights,
          ...(flags.model !== undefined && { model: flags.model }),
          ...(flags.out !== undefined && { out: flags.out }),
        },
        io,
      );
    });
}
