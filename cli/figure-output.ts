// Where `nnc graph` and `nnc plot` put a figure: the format from `--format` or from `-o`'s extension, the path
// checked before any work, the file written atomically. Shared by both commands.

import { extname } from "node:path";
import { checkOutputPath, UserError, writeAtomically } from "../index.js";
import { EXIT } from "./io.js";

/** The format a path's extension names, among `formats` (`{ ".svg": "svg" }`); undefined for another. */
export function figureFormat<F extends string>(
  path: string | undefined,
  asked: string | undefined,
  formats: Readonly<Record<string, F>>,
  fallback: F,
  /** How the path was given, in messages: `-o`, `--plot`. */
  what = "-o",
): F {
  const known = [...new Set(Object.values(formats))];
  if (asked !== undefined && !known.includes(asked as F)) {
    throw new UserError(`--format must be ${list(known)}, not \`${asked}\``, { exitCode: EXIT.usage });
  }
  const byExt = path === undefined ? undefined : formats[extname(path).toLowerCase()];
  if (path !== undefined && byExt === undefined && asked === undefined) {
    throw new UserError(
      `${what} \`${path}\`: cannot tell the format from the extension; name the file ${list(Object.keys(formats))}` +
        (what === "-o" ? ", or pass --format" : ""),
      { exitCode: EXIT.usage },
    );
  }
  if (asked !== undefined && byExt !== undefined && asked !== byExt) {
    throw new UserError(`--format ${asked} does not match -o \`${path}\`, which names a ${byExt} file`, {
      exitCode: EXIT.usage,
    });
  }
  if (path !== undefined) checkOutputPath(path, what);
  return (asked as F | undefined) ?? byExt ?? fallback;
}

/** Writes a figure whole or not at all; a failure is a one-line error naming the path. */
export function writeFigure(path: string, bytes: Uint8Array | string, what = "-o"): void {
  try {
    writeAtomically(path, typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes);
  } catch (e) {
    throw new UserError(`${what} \`${path}\`: cannot write the file (${(e as Error).message})`);
  }
}

function list(xs: readonly string[]): string {
  return xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} or ${xs.at(-1)}`;
}
