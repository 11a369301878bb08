// `nnc check FILE` (CLI.md): parse and shape-check; print each model's summary table.

import { Command } from "commander";
import { renderCosts, renderSummary } from "../index.js";
import { compileFile, type CompileFlags } from "./compile-file.js";
import type { Io } from "./io.js";
import { setOption } from "./options.js";

export function addCheckCommand(program: Command, io: Io): void {
  program
    .command("check")
    .description("parse and shape-check a model; print its summary")
    .argument("<file>", ".nn file")
    .option("--model <name>", "which model, when the file holds several")
    .option("--verbose", "also FLOPs and activation memory per stage, and a training step's memory")
    .addOption(setOption())
    .action((file: string, opts: CompileFlags & { verbose?: boolean }) => {
      const result = compileFile(file, opts, io);
      for (const m of result.program!.models) {
        io.stdout(renderSummary(m) + "\n");
        if (opts.verbose) io.stdout(renderCosts(m) + "\n");
      }
      if (result.program!.models.length === 0) io.stdout(`${file}: no model to check (layers only)\n`);
    });
}
