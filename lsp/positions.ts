// Spans of the compiler (offsets into a SourceFile) ↔ the protocol's ranges (0-based lines, UTF-16 columns, which is
// what SourceFile's columns count).

import type { Position, Range } from "vscode-languageserver/node.js";
import type { Span } from "../index.js";

export function spanRange(span: Span): Range {
  return { start: offsetPosition(span, span.start), end: offsetPosition(span, span.end) };
}

function offsetPosition(span: Span, offset: number): Position {
  const p = span.file.position(offset);
  return { line: p.line - 1, character: p.column - 1 };
}

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
