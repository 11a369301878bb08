// The `nnc` command line (CLI.md): parses flags with commander, calls the public API, renders diagnostics and
// sets the exit code. No compiler logic lives here; each command is a file of its own.

import { Command, CommanderError } from "commander";
import { UserError } from "../index.js";
import { addCheckCommand } from "./check-command.js";
import { addCompileCommand } from "./compile-command.js";
import { addDreamCommand } from "./dream-command.js";
import { addEvalCommand } from "./eval-command.js";
import { addGradcheckCommand } from "./gradcheck-command.js";
import { addGraphCommand } from "./graph-command.js";
import { EXIT, reportUserError, type Io } from "./io.js";
import { addPlotCommand } from "./plot-command.js";
import { addPredictCommand } from "./predict-command.js";
import { addTrainCommand } from "./train-command.js";
import { addExplainCommand } from "./explain-command.js";
import { addExportCommand } from "./export-command.js";
import { addShowCommand } from "./show-command.js";
import { addFmtCommand } from "./fmt-command.js";
import { addLspCommand } from "./lsp-command.js";
import { nncVersion } from "./version.js";

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes("--debug");
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UserError) {
      reportUserError(io, e);
      return e.exitCode;
    }
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
    .version(nncVersion(), "--version", "print the version")
    .option("--debug", "print stacks of internal errors")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run `nnc --help` for usage)");
  addCheckCommand(program, io);
  addCompileCommand(program, io);
  addTrainCommand(program, io);
  addEvalCommand(program, io);
  addGradcheckCommand(program, io);
  addDreamCommand(program, io);
  addPredictCommand(program, io);
  addGraphCommand(program, io);
  addPlotCommand(program, io);
  addExportCommand(program, io);
  addExplainCommand(program, io);
  addShowCommand(program, io);
  addFmtCommand(program, io);
  addLspCommand(program);
  return program;
}
