// The `nnc` command line (CLI.md): parses flags with commander, calls the public API, renders diagnostics and
// sets the exit code. No compiler logic lives here.

import { readFileSync } from "node:fs";
import { addTrainCommands } from "./train-commands.js";
import { addDreamCommand } from "./dream-command.js";
import { addPredictCommand } from "./predict-command.js";
import { addExplainCommand } from "./explain-command.js";
import { Command, CommanderError, Option } from "commander";
import {
  buildStep,
  compile,
  lowerToCpu,
  lowerToWgsl,
  printCpu,
  printAst,
  printFunc,
  printWgsl,
  renderAll,
  renderSummary,
  type CompileResult,
} from "../index.js";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes of CLI.md. */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 70 } as const;

export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes("--debug");
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof Exit) return e.code;
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr(`error: internal compiler error: ${err.message}\n`);
    io.stderr(
      debug
        ? `${err.stack}\n`
        : "  this is a bug in nnc: please report it with the input file (run with --debug for the stack)\n",
    );
    return EXIT.internal;
  }
}

function buildProgram(io: Io): Command {
  const program = new Command("nnc")
    .description("compile and train neural networks written in .nn")
    .option("--debug", "print stacks of internal errors")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run `nnc --help` for usage)");

  program
    .command("check")
    .description("parse and shape-check a model; print its summary")
    .argument("<file>", ".nn file")
    .option("--model <name>", "which model, when the file holds several")
    .action((file: string, opts: { model?: string }) => {
      const result = compileFile(file, opts.model, io);
      for (const m of result.program!.models) io.stdout(renderSummary(m) + "\n");
      if (result.program!.models.length === 0) io.stdout(`${file}: no model to check (layers only)\n`);
    });

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
    .action((file: string, opts: { emit: "ast" | "ir" | "grad" | "wgsl" | "cpu"; model?: string }) => {
      if (opts.emit === "ast") {
        // The AST exists once the file parses; later errors are reported, and make the exit code 1.
        const result = compileFile(file, opts.model, io, { needProgram: false });
        io.stdout(printAst(result.ast!));
        if (!result.ok) throw new Exit(EXIT.input);
        return;
      }
      const result = compileFile(file, opts.model, io);
      for (const m of result.program!.models) {
        const step = buildStep(m);
        if (opts.emit === "wgsl") io.stdout(printWgsl(lowerToWgsl(step.train)));
        else if (opts.emit === "cpu") io.stdout(printCpu(lowerToCpu(step.train)));
        else io.stdout(printFunc(opts.emit === "ir" ? step.forward : step.train));
      }
    });

  addTrainCommands(program, io);
  addDreamCommand(program, io);
  addPredictCommand(program, io);
  addExplainCommand(program, io);
  return program;
}

/** Reads and compiles a file; prints its diagnostics; exits 1 on errors. */
export function compileFile(
  file: string,
  model: string | undefined,
  io: Io,
  opts = { needProgram: true },
): CompileResult {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : String((e as Error).message);
    io.stderr(`error: cannot read \`${file}\`: ${why}\n`);
    throw new Exit(EXIT.input);
  }
  const result = compile(source, { filename: file, ...(model !== undefined && { model }) });
  if (result.diagnostics.length) io.stderr(renderAll(result.diagnostics));
  if (!result.ok && (opts.needProgram || !result.ast)) throw new Exit(EXIT.input);
  return result;
}
