// `nnc lsp [--stdio]` (CLI.md): the language server (lsp/) over stdin and stdout, as editors start it. `--stdio` is
// accepted because editors pass it; stdio is the only transport.

import { Command } from "commander";

export function addLspCommand(program: Command): void {
  program
    .command("lsp")
    .description("the language server: diagnostics, hover, completion, definitions and formatting over stdio")
    .option("--stdio", "talk over stdin and stdout (the default, and the only transport)")
    .action(async () => {
      // Loaded only here: the protocol library would cost every other command ~30 ms at startup.
      const { serve } = await import("../lsp/server.js");
      await serve(process.stdin, process.stdout);
    });
}
