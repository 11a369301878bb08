// `nnc gradcheck FILE` (CLI.md): the compiled gradients against central finite differences, one row per parameter
// tensor, and exit 1 when any is past tolerance. Everything goes through the API's `gradcheck()`.

import { Command } from "commander";
import { gradcheck, loadWeights, pickModel } from "../index.js";
import { compileFile, type CompileFlags } from "./compile-file.js";
import { EXIT, exitWith, type Io } from "./io.js";
import { cpuKernelsOption, positiveInt, seedFlag, type CpuKernelsFlag, setOption } from "./options.js";

interface GradcheckFlags extends CpuKernelsFlag, CompileFlags {
  model?: string;
  weights?: string;
  batch: number;
  seed: number;
}

export function addGradcheckCommand(program: Command, io: Io): void {
  program
    .command("gradcheck")
    .description("compare the compiled gradients with central finite differences, per parameter tensor")
    .argument("<file>", ".nn file")
    .option("--model <name>", "which model, when the file holds several")
    .addOption(setOption())
    .option("--weights <ckpt>", "check at these weights instead of fresh ones")
    .option("--batch <n>", "examples in the random batch", positiveInt, 4)
    .option("--seed <n>", "seed of the batch and weights", seedFlag, 0)
    .addOption(cpuKernelsOption())
    .action((file: string, flags: GradcheckFlags) => {
      const result = compileFile(file, flags, io);
      const m = pickModel(result.program!, flags.model);
      const weights = flags.weights !== undefined ? loadWeights(flags.weights, m) : undefined;
      const trainable = m.params.filter((p) => p.role !== "buffer");
      // The table's rows come as each tensor is done (AlexNet's take minutes in all), after a line saying what runs.
      io.stderr(
        `checking ${trainable.length} parameter tensors against finite differences on a batch of ${flags.batch} ` +
          `(float64, on the CPU)\n`,
      );
      const w = Math.max(9, ...trainable.map((p) => p.name.length));
      io.stdout(`${"parameter".padEnd(w)}  ${"shape".padEnd(16)}  checked  max abs err  max rel err\n`);
      // Between rows, a line on stderr at most every 10 s says how far the current tensor is.
      let said = Date.now();
      const rows = gradcheck(m, {
        onElement: (name, done, of) => {
          if (Date.now() - said < 10_000 || done === of) return;
          said = Date.now();
          io.stderr(`  ${name}: ${done} of ${of} elements\n`);
        },
        batch: flags.batch,
        seed: flags.seed,
        cpuKernels: flags.cpuKernels,
        ...(weights && { weights }),
        onRow: (r) => {
          said = Date.now();
          io.stdout(
            `${r.name.padEnd(w)}  ${`[${r.shape.join(", ")}]`.padEnd(16)}  ${String(r.checked).padStart(7)}  ` +
              `${r.maxAbsError.toExponential(2).padStart(11)}  ${r.maxRelError.toExponential(2).padStart(11)}  ${r.ok ? "ok" : "FAIL"}\n`,
          );
        },
      });
      const bad = rows.filter((r) => !r.ok);
      io.stdout(
        bad.length
          ? `${bad.length} of ${rows.length} tensors past tolerance\n`
          : `all ${rows.length} tensors within tolerance\n`,
      );
      if (bad.length) throw exitWith(EXIT.input);
    });
}
