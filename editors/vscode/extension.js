// The VS Code client of `nnc lsp`: starts `nnc lsp --stdio` (the `nnc.path` setting says which nnc) for `.nn`
// files and lets vscode-languageclient carry diagnostics, hover, completion, definitions and formatting.

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

/** @type {LanguageClient | undefined} */
let client;

function activate(context) {
  const nnc = vscode.workspace.getConfiguration("nnc").get("path", "nnc");
  // A path to the bundled CLI runs under node; anything else is a command on the PATH.
  const server = nnc.endsWith(".mjs")
    ? { command: process.execPath, args: [nnc, "lsp", "--stdio"], transport: TransportKind.stdio }
    : { command: nnc, args: ["lsp", "--stdio"], transport: TransportKind.stdio };
  client = new LanguageClient(
    "nnc",
    "nnc",
    { run: server, debug: server },
    {
      documentSelector: [
        { scheme: "file", language: "nn" },
        { scheme: "untitled", language: "nn" },
      ],
    },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
