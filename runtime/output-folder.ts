// A folder of files written by one command (`nnc export --to pytorch -o DIR`): the folder and every path in it are
// checked before anything is written (output-path.ts), the folder is made when missing (its parent must exist),
// and each file is written whole or not at all (atomic-file.ts).

import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeAtomically } from "./atomic-file.js";
import { checkOutputPath } from "./output-path.js";
import { UserError } from "./user-error.js";

/** Writes `files` (name → text) into `dir`; `what` names the output in messages (`-o`). */
export function writeFolder(dir: string, files: ReadonlyMap<string, string>, what: string): void {
  let exists = false;
  try {
    exists = statSync(dir).isDirectory();
    if (!exists)
      throw new UserError(`${what} \`${dir}\`: is a file, not a folder; name a folder to write into`);
  } catch (e) {
    if (e instanceof UserError) throw e;
    // absent: its parent must take a new entry, as for a file of that name
    checkOutputPath(dir, what);
  }
  if (!exists) {
    try {
      mkdirSync(dir);
    } catch (e) {
      throw new UserError(
        `${what} \`${dir}\`: cannot create the folder (${(e as NodeJS.ErrnoException).code})`,
      );
    }
  }
  for (const name of files.keys()) checkOutputPath(join(dir, name), what);
  for (const [name, text] of files) {
    try {
      writeAtomically(join(dir, name), new TextEncoder().encode(text));
    } catch (e) {
      throw new UserError(`${what} \`${join(dir, name)}\`: cannot be written (${(e as Error).message})`);
    }
  }
}
