// `nnc eval FILE --weights CKPT` or `nnc eval CKPT` (CLI.md): the test-set metrics of saved weights (the training
// set's when the data has no test split), through the API's `evaluate()`.

import { Command } from "commander";
import { evaluate } from "../index.js";
import type { CompileFlags } from "./compile-file.js";
import type { Io } from "./io.js";
import { cpuKernelsOption, type CpuKernelsFlag, setOption } from "./options.js";
import { explainDataPaths, programAndWeights } from "./program-and-weights.js";
import { pct } from "./progress.js";

interface EvalFlags extends CpuKernelsFlag, CompileFlags {
  weights?: string;
  model?: string;
  dataDir?: string;
}

export function addEvalCommand(program: Command, io: Io): void {
  program
    .command("eval")
    .description("test-set metrics of saved weights")
    .argument("<file>", ".nn file, or a checkpoint that holds its source (then no --weights)")
    .option("--weights <ckpt>", "the weights (safetensors); needed with a .nn file")
    .option("--model <name>", "which model, when the file holds several")
    .addOption(setOption())
    .option("--data-dir <dir>", "where named data sets are looked for first")
    .addOption(cpuKernelsOption())
    .action(async (file: string, flags: EvalFlags) => {
      const p = programAndWeights(file, flags, io);
      // Not an error (the metrics say what such weights do), but the reason for a NaN loss should be on screen.
      for (const [name, data] of p.weights) {
        const bad = data.reduce((n, v) => (Number.isFinite(v) ? n : n + 1), 0);
        if (bad) {
          io.stderr(
            `warning: \`${name}\` in ${p.weightsPath} holds ${bad} NaN or infinite value${bad > 1 ? "s" : ""}\n`,
          );
        }
      }
      const r = await evaluate(p.program, {
        weights: p.weights,
        cpuKernels: flags.cpuKernels,
        ...(p.modelName !== undefined && { model: p.modelName }),
        baseDir: p.baseDir,
        env: process.env,
        ...(flags.dataDir !== undefined && { dataDir: flags.dataDir }),
      }).catch((e: unknown) => {
        throw explainDataPaths(e, p);
      });
      const parts = [`${r.split} examples ${r.count}`];
      if (r.metrics.accuracy !== null) parts.push(`accuracy ${pct(r.metrics.accuracy)}`);
      if (r.metrics.top5 !== null) parts.push(`top-5 ${pct(r.metrics.top5)}`);
      parts.push(`loss ${r.metrics.loss.toFixed(4)}`);
      io.stdout(parts.join("  ") + "\n");
    });
}
