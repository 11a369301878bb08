// `nnc predict FILE --weights CKPT INPUT...` or `nnc predict CKPT INPUT...` (CLI.md): PNG images and IDX files in, the most probable classes of each
// example out, as an aligned block per example or one JSON object per line. Everything goes through the API's
// `readPredictInputs()` and `predict()`.

import { Command } from "commander";
import { predict, readPredictInputs, type Prediction } from "../index.js";
import { pct } from "./progress.js";
import type { CompileFlags } from "./compile-file.js";
import type { Io } from "./io.js";
import { cpuKernelsOption, positiveInt, type CpuKernelsFlag, setOption } from "./options.js";
import { programAndWeights } from "./program-and-weights.js";

interface PredictFlags extends CpuKernelsFlag, CompileFlags {
  weights?: string;
  model?: string;
  top: number;
  limit: number;
  json?: boolean;
}

export function addPredictCommand(program: Command, io: Io): void {
  program
    .command("predict")
    .description(
      "the most probable classes, with probabilities, of PNG images (gray or RGB, resized to the input) " +
        "and of the examples in IDX files",
    )
    .argument("<file>", ".nn file, or a checkpoint that holds its source (then no --weights)")
    .argument("<input...>", "PNG images or IDX files (gzip or not)")
    .option("--weights <ckpt>", "the weights (safetensors); needed with a .nn file")
    .option("--model <name>", "which model, when the file holds several")
    .addOption(setOption())
    .option("--top <k>", "classes shown per example", positiveInt, 5)
    .option("--limit <n>", "examples taken from the start of each IDX file", positiveInt, 10)
    .addOption(cpuKernelsOption())
    .option("--json", "one JSON object per example and line: {input, top: [{class, name, probability}]}")
    .action((file: string, inputs: string[], flags: PredictFlags) => {
      const p = programAndWeights(file, flags, io);
      const predictions = predict(p.program, {
        weights: p.weights,
        ...(p.modelName !== undefined && { model: p.modelName }),
        inputs: readPredictInputs(inputs, { limit: flags.limit }),
        top: flags.top,
        cpuKernels: flags.cpuKernels,
      });
      io.stdout(flags.json ? jsonLines(predictions) : blocks(predictions));
    });
}

/**
 * One block per example, columns aligned across blocks:
 *
 *     shoe.png
 *       1. class 9  Ankle boot  91.3%
 *       2. class 7  Sneaker      6.0%
 */
function blocks(predictions: readonly Prediction[]): string {
  // reduce, not Math.max(...xs): an IDX file can give more rows than a call takes arguments
  const widest = (xs: readonly number[]) => xs.reduce((a, b) => Math.max(a, b), 0);
  const rows = predictions.flatMap((p) => p.top);
  const rankWidth = String(widest(predictions.map((p) => p.top.length))).length;
  const classWidth = String(widest(rows.map((r) => r.class))).length;
  const nameWidth = widest(rows.map((r) => r.name?.length ?? 0));
  return predictions
    .map((p) => {
      const lines = p.top.map((r, i) => {
        const name = nameWidth ? `  ${(r.name ?? "").padEnd(nameWidth)}` : "";
        const rank = `${String(i + 1).padStart(rankWidth)}.`;
        return `  ${rank} class ${String(r.class).padEnd(classWidth)}${name} ${pct(r.probability).padStart(6)}`;
      });
      return `${p.label}\n${lines.join("\n")}\n`;
    })
    .join("\n");
}

function jsonLines(predictions: readonly Prediction[]): string {
  return predictions
    .map(
      (p) =>
        JSON.stringify({
          input: p.label,
          top: p.top.map((r) => ({ class: r.class, name: r.name ?? null, probability: r.probability })),
        }) + "\n",
    )
    .join("");
}
