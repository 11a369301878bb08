// `nnc explain CODE` (CLI.md): a diagnostic code in, its long explanation out, with an example and its fix, as
// `rustc --explain` prints one. An unknown code is bad input, so it exits 1 as rustc does, with a "did you mean".

import { Command } from "commander";
import { explainCode, suggestCode, UserError } from "../index.js";
import type { Io } from "./io.js";

export function addExplainCommand(program: Command, io: Io): void {
  program
    .command("explain")
    .description("the long explanation of a diagnostic code, with an example")
    .argument("<code>", "a code such as E3002 (any case)")
    .action((code: string) => {
      const explanation = explainCode(code);
      if (explanation === undefined) {
        const near = suggestCode(code);
        throw new UserError(
          `\`${code}\` is not a diagnostic code of nnc${near ? `: did you mean \`${near}\`?` : ""}`,
        );
      }
      io.stdout(explanation);
    });
}
