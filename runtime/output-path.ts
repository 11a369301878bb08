// Where nnc may write (CLI.md: "an output that cannot be written" is exit 1): a path is checked before any training
// or data loading, so that an hour's run never ends on a typo. A path is writable when its folder exists and takes
// new files, and the path itself is absent or a regular file: nnc replaces files by renaming a temp file over them
// (atomic-file.ts), which would put a plain file where a device node or a folder was.

import { accessSync, constants, statSync, type Stats } from "node:fs";
import { dirname, resolve } from "node:path";
import { UserError } from "./user-error.js";

/**
 * Throws a one-line UserError when `path` cannot take a file nnc writes; `what` names the output in the message
 * (`--save`, `--log`, `-o`).
 */
export function checkOutputPath(path: string, what: string): void {
  const fail = (why: string, hint = ""): never => {
    throw new UserError(`${what} \`${path}\`: ${why}${hint && `; ${hint}`}`);
  };
  if (path === "") fail("an empty path");
  const target = statOf(path);
  if (target?.isDirectory()) fail("is a folder", "name a file in it");
  if (target && !target.isFile()) {
    fail("is a device or other special file", "nnc writes only regular files");
  }
  const folder = dirname(resolve(path));
  const dir = statOf(folder);
  if (!dir) fail(`the folder \`${dirname(path)}\` does not exist`, "create it first");
  if (!dir!.isDirectory()) fail(`\`${dirname(path)}\` is not a folder`);
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch {
    fail(`cannot create files in the folder \`${dirname(path)}\` (permission denied)`);
  }
}

/** The file's status, following symbolic links (a link to a device is a device to write to); undefined when absent. */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw new UserError(`\`${path}\`: cannot be examined (${code ?? String(e)})`);
  }
}
