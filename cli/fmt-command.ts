// `nnc fmt FILE... [--check]` (CLI.md): each file in the canonical layout (compiler/format/), written back atomically
// when it changes, its permissions kept. `--check` writes nothing: it names the files that would change and exits 1
// if any would. A file with syntax errors is left alone, its diagnostics printed, and the command exits 1.

import { chmodSync, statSync } from "node:fs";
import { Command } from "commander";
import { formatSource, readSource, renderAll, UserError, writeAtomically } from "../index.js";
import { EXIT, exitWith, type Io } from "./io.js";

export function addFmtCommand(program: Command, io: Io): void {
  program
    .command("fmt")
    .description("format .nn files in the canonical layout (--check: only say which would change)")
    .argument("<files...>", ".nn files")
    .option("--check", "write nothing; list the files that would change and exit 1 if any")
    .action((files: string[], opts: { check?: boolean }) => {
      let failed = false;
      for (const file of files) {
        const read = readSource(file);
        if ("problem" in read) throw new UserError(`cannot read \`${file}\`: ${read.problem}`);
        const formatted = formatSource(read.text, file);
        if (formatted.text === undefined) {
          io.stderr(renderAll(formatted.diagnostics));
          io.stderr(`${file}: not formatted (it has syntax errors)\n`);
          failed = true;
          continue;
        }
        if (formatted.text === read.text) continue;
        if (opts.check) {
          io.stdout(`${file}\n`);
          failed = true;
          continue;
        }
        write(file, formatted.text);
      }
      if (failed) throw exitWith(EXIT.input);
    });
}

function write(file: string, text: string): void {
  const mode = statSync(file).mode & 0o7777;
  try {
    writeAtomically(file, new TextEncoder().encode(text));
    chmodSync(file, mode);
  } catch (e) {
    throw new UserError(`cannot write \`${file}\`: ${(e as Error).message}`);
  }
}
