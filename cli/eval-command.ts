// `nnc eval FILE --weights CKPT` (CLI.md): the test-set metrics of saved weights (the training set's when the data
// has no test split), through the API's `evaluate()`.

import { dirname } from "node:path";
import { Command } from "commander";
import { evaluate, loadWeights, pickModel } from "../index.js";
import { compileFile, type CompileFlags } from "./compile-file.js";
import type { Io } from "./io.js";
import { cpuKernelsOption, type CpuKernelsFlag, setOption } from "./options.js";
import { pct } from "./progress.js";

interface EvalFlags extends CpuKernelsFlag, CompileFlags {
  weights: string;
  model?: string;
  dataDir?: string;
}

export function addEvalCommand(program: Command, io: Io): void {
  program
    .command("eval")
    .description("test-set metrics of saved weights")
    .argument("<file>", ".nn file")
    .requiredOption("--weights <ckpt>", "the weights (safetensors)")
    .option("--model <name>", "which model, when the file holds several")
    .addOption(setOption())
    .option("--data-dir <dir>", "where named data sets are looked for first")
    .addOption(cpuKernelsOption())
    .action(async (file: string, flags: EvalFlags) => {
      const result = compileFile(file, flags, io);
      const m = pickModel(result.program!, flags.model);
      const weights = loadWeights(flags.weights, m);
      // Not an error (the metrics say what such weights do), but the reason for a NaN loss should be on screen.
      for (const [name, data] of weights) {
        const bad = data.reduce((n, v) => (Number.isFinite(v) ? n : n + 1), 0);
        if (bad) {
          io.stderr(
            `warning: \`${name}\` in ${flags.weights} holds ${bad} NaN or infinite value${bad > 1 ? "s" : ""}\n`,
          );
        }
      }
      const r = await evaluate(result.program!, {
        weights,
        cpuKernels: flags.cpuKernels,
        ...(flags.model !== undefined && { model: flags.model }),
        baseDir: dirname(file),
        env: process.env,
        ...(flags.dataDir !== undefined && { dataDir: flags.dataDir }),
      });
      const parts = [`${r.split} examples ${r.count}`];
      if (r.metrics.accuracy !== null) parts.push(`accuracy ${pct(r.metrics.accuracy)}`);
      if (r.metrics.top5 !== null) parts.push(`top-5 ${pct(r.metrics.top5)}`);
      parts.push(`loss ${r.metrics.loss.toFixed(4)}`);
      io.stdout(parts.join("  ") + "\n");
    });
}
