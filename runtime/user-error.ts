// The one error type for what the user got wrong (a program that cannot be trained as asked, a data file, a
// checkpoint, an image, a missing GPU): a one-line message or diagnostics rendered like the compiler's, and the
// exit code the CLI ends with (CLI.md: 1 the input is wrong, 2 bad usage, 130 interrupted). Anything else thrown
// is a bug in nnc.

import type { Diagnostic } from "../compiler/diagnostics.js";

export interface UserErrorOptions {
  /** 1 unless said. */
  readonly exitCode?: number;
  /** Shown instead of the message when there are some. */
  readonly diagnostics?: readonly Diagnostic[];
}

export class UserError extends Error {
  override readonly name: string = "UserError";
  readonly exitCode: number;
  readonly diagnostics: readonly Diagnostic[];

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message);
    this.exitCode = options.exitCode ?? 1;
    this.diagnostics = options.diagnostics ?? [];
  }
}
