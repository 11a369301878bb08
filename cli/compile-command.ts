// `nnc compile FILE --emit STAGE` (CLI.md): one stage of the compiler printed: the AST, the forward IR, the whole
// training step as IR, or its WGSL or CPU kernels.

import { Command, Option } from "commander";
import { printAst, printCpu, printFunc, printWgsl } from "../index.js";
import { compileFile, type CompileFlags } from "./compile-file.js";
import { setOption } from "./options.js";
import { EXIT, exitWith, type Io } from "./io.js";

export function addCompileCommand(program: Command, io: Io): void {
  program
    .command("compile")
    .description(
      "print one stage of the compiler: ast, ir (forward), grad (the whole training step), wgsl or cpu (its kernels)",
    )
    .argument("<file>", ".nn file")
    .addOption(
      new Option("--emit <stage>", "what to print")
        .choices(["ast", "ir", "grad", "wgsl", "cpu"])
        .makeOptionMandatory(),
    )
    .option("--model <name>", "which model, when the file holds several")
    .addOption(setOption())
    .action((file: string, opts: CompileFlags & { emit: "ast" | "ir" | "grad" | "wgsl" | "cpu" }) => {
      if (opts.emit === "ast") {
        // The AST exists once the file parses; later errors are reported, and make the exit code 1.
        const result = compileFile(file, opts, io, { needProgram: false });
        io.stdout(printAst(result.ast!));
        if (!result.ok) throw exitWith(EXIT.input);
        return;
      }
      const result = compileFile(file, opts, io);
      for (const m of result.program!.models) {
        const { step, forward } = m.programs;
        if (opts.emit === "wgsl") io.stdout(printWgsl(m.programs.wgsl(step.train, "hardware")));
        else if (opts.emit === "cpu") io.stdout(printCpu(m.programs.cpu(step.train)));
        else io.stdout(printFunc(opts.emit === "ir" ? forward : step.train));
      }
    });
}
