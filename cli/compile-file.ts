// Every command's first step: read the `.nn` file and compile it, print its diagnostics (warnings too), and end
// the command with exit 1 when the file cannot be read or has errors.

import { compile, readSource, renderAll, UserError, type CompileResult } from "../index.js";
import { EXIT, exitWith, type Io } from "./io.js";
import type { SetFlags } from "./options.js";

/** The flags every compiling command shares: `--model` and `--set`. */
export interface CompileFlags {
  readonly model?: string | undefined;
  readonly set?: SetFlags | undefined;
}

/** Reads and compiles a file; prints its diagnostics; exits 1 on errors. */
export function compileFile(
  file: string,
  { model, set }: CompileFlags,
  io: Io,
  opts = { needProgram: true },
): CompileResult {
  const read = readSource(file);
  if ("problem" in read) throw new UserError(`cannot read \`${file}\`: ${read.problem}`);
  const source = read.text;
  const result = compile(source, {
    filename: file,
    ...(model !== undefined && { model }),
    ...(set !== undefined && { set }),
  });
  if (result.diagnostics.length) io.stderr(renderAll(result.diagnostics));
  if (!result.ok && (opts.needProgram || !result.ast)) throw exitWith(EXIT.input);
  return result;
}
