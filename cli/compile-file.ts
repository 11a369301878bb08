// Every command's first step: read the `.nn` file and compile it, print its diagnostics (warnings too), and end
// the command with exit 1 when the file cannot be read or has errors.

import { readFileSync } from "node:fs";
import { compile, renderAll, UserError, type CompileResult } from "../index.js";
import { EXIT, exitWith, type Io } from "./io.js";

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
    throw new UserError(`cannot read \`${file}\`: ${why}`);
  }
  const result = compile(source, { filename: file, ...(model !== undefined && { model }) });
  if (result.diagnostics.length) io.stderr(renderAll(result.diagnostics));
  if (!result.ok && (opts.needProgram || !result.ast)) throw exitWith(EXIT.input);
  return result;
}
