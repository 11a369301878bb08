// Where the CLI's output goes, and how a command ends: the exit codes of CLI.md. Every command file imports this;
// it imports nothing of theirs.

import { renderAll, UserError } from "../index.js";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (a progress bar redrawn in place) or not (a line now and then); default not. */
  readonly stderrIsTTY?: boolean;
}

/** Exit codes of CLI.md. */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 70, interrupted: 130 } as const;

/** Ends the command with `code` once everything the user needs to know is printed: nothing is left to say. */
export function exitWith(code: number): UserError {
  return new UserError("", { exitCode: code });
}

/** What `run()` prints for a UserError: its diagnostics, or its one line, or nothing when it has neither. */
export function reportUserError(io: Io, e: UserError): void {
  if (e.diagnostics.length) io.stderr(renderAll(e.diagnostics));
  else if (e.message) io.stderr(`error: ${e.message}\n`);
}
