// `nnc lsp`: the language server, over a pair of streams (stdin and stdout for `--stdio`). Each open document is
// compiled as the user types (debounced per document), and its diagnostics published; hover, completion, go to
// definition and formatting answer from the latest text. Everything it knows comes from the compiler.

import {
  createConnection,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
} from "vscode-languageserver/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import { formatSource } from "../index.js";
import { analyse, editorHost, uriPath, type Analysis } from "./analysis.js";
import { completions } from "./completion.js";
import { definition } from "./definition.js";
import { lspDiagnostics } from "./diagnostics.js";
import { hover } from "./hover.js";

/** How long typing must pause before a document is compiled again. */
const DEBOUNCE_MS = 50;

/** Serves until the client says `exit` or closes the stream; resolves then. */
export function serve(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const connection = createConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
  const documents = new TextDocuments(TextDocument);
  const byPath = (path: string): string | undefined =>
    documents
      .all()
      .find((d) => uriPath(d.uri) === path)
      ?.getText();
  const host = editorHost(byPath);
  const analysed = new Map<string, { version: number; analysis: Analysis }>();
  const analysisOf = (doc: TextDocument): Analysis => {
    const known = analysed.get(doc.uri);
    if (known?.version === doc.version) return known.analysis;
    const analysis = analyse(doc, host);
    analysed.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  };

  const timers = new Map<string, NodeJS.Timeout>();
  const publish = (doc: TextDocument): void => {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (!current) return;
        try {
          void connection.sendDiagnostics({
            uri: current.uri,
            diagnostics: lspDiagnostics(analysisOf(current)),
          });
        } catch (e) {
          // A compiler bug must not take the editor's server down with it: say so in the server's log.
          connection.console.error(`internal compiler error on ${current.uri}: ${(e as Error).message}`);
        }
      }, DEBOUNCE_MS),
    );
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: { triggerCharacters: ["(", ",", "=", " "] },
      definitionProvider: true,
      documentFormattingProvider: true,
    },
    serverInfo: { name: "nnc" },
  }));
  documents.onDidChangeContent((e) => publish(e.document));
  documents.onDidClose((e) => {
    analysed.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const withDoc =
    <P extends { textDocument: { uri: string }; position: { line: number; character: number } }, R>(
      answer: (a: Analysis, offset: number) => R,
    ) =>
    (params: P): R | null => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? answer(analysisOf(doc), doc.offsetAt(params.position)) : null;
    };
  connection.onHover(withDoc((a, offset) => hover(a, offset)));
  connection.onCompletion(withDoc((a, offset) => completions(a, offset)));
  connection.onDefinition(withDoc((a, offset) => definition(a, offset, host)));
  connection.onDocumentFormatting((params) => {
    const doc = documents.get(params.textDocument.uri);
    const text = doc && formatSource(doc.getText(), uriPath(doc.uri)).text;
    if (!doc || text === undefined || text === doc.getText()) return [];
    return [
      { range: { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) }, newText: text },
    ];
  });

  documents.listen(connection);
  return listen(connection);
}

function listen(connection: Connection): Promise<void> {
  return new Promise((resolve) => {
    connection.onExit(() => resolve());
    connection.onShutdown(() => undefined);
    connection.listen();
  });
}
