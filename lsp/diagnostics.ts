// The compiler's diagnostics of one file → the protocol's: code, range of the primary label, the message with its
// help lines, and the other labels as related information. A diagnostic in an imported file is shown at the import.

import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from "vscode-languageserver/node.js";
import type { Diagnostic } from "../index.js";
import type { Analysis } from "./analysis.js";
import { pathUri } from "./analysis.js";
import { spanRange } from "./positions.js";

const START = { line: 0, character: 0 };

export function lspDiagnostics(a: Analysis): LspDiagnostic[] {
  return a.result.diagnostics.map((d) => toLsp(a, d));
}

function toLsp(a: Analysis, d: Diagnostic): LspDiagnostic {
  const span = d.span;
  const here = span?.file.name === a.path;
  const message = [d.message, ...d.help.map((h) => `help: ${h}`)].join("\n");
  const elsewhere = span && !here ? `${span.file.name}:${span.file.position(span.start).line}: ` : "";
  const related = d.labels
    .filter((l) => l.span !== span && l.message)
    .map((l) => ({
      location: { uri: pathUri(l.span.file.name), range: spanRange(l.span) },
      message: l.message,
    }));
  return {
    severity: d.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: "nnc",
    message: elsewhere + message,
    range: span && here ? spanRange(span) : importRange(a, span?.file.name),
    ...(related.length && { relatedInformation: related }),
  };
}

/** Where the file imports `file` (directly or through another import): its first import line, or the start. */
function importRange(a: Analysis, file: string | undefined): LspDiagnostic["range"] {
  const first = a.result.ast?.imports[0];
  if (!file || !first) return { start: START, end: START };
  return spanRange(first.span);
}
