// One open document compiled as `nnc check` would compile it: imports read from the editor's open documents first,
// then from the disk. The language server's features all start from this.

import { fileURLToPath, pathToFileURL } from "node:url";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { compile, diskHost, type CompileResult, type FileHost } from "../index.js";

export interface Analysis {
  readonly path: string;
  readonly text: string;
  readonly result: CompileResult;
}

/** The file path of a `file:` URI; other schemes (an unsaved buffer) keep the URI as the name. */
export function uriPath(uri: string): string {
  return uri.startsWith("file:") ? fileURLToPath(uri) : uri;
}

export function pathUri(path: string): string {
  return pathToFileURL(path).href;
}

/** A host that reads an open document's text rather than what is saved on the disk. */
export function editorHost(open: (path: string) => string | undefined): FileHost {
  return { ...diskHost, readFile: (path) => open(path) ?? diskHost.readFile(path) };
}

export function analyse(doc: TextDocument, host: FileHost): Analysis {
  const path = uriPath(doc.uri);
  const text = doc.getText();
  return { path, text, result: compile(text, { filename: path, host }) };
}
