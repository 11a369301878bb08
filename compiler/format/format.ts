// `nnc fmt`: source text → the same program in the canonical layout, every comment kept beside what it was beside.
// It reads the AST, so it only formats a file that parses without errors; it never changes what a file means: the
// AST of its output equals its input's but for source positions (tests/format.test.ts checks this on every golden
// case and example), and formatting the output again changes nothing.

import { parseFile } from "../frontend/parse.js";
import { hasErrors, type Diagnostic } from "../diagnostics.js";
import { SourceFile } from "../source.js";
import { tokenize } from "../../grammar/tokens.js";
import { CommentPool } from "./comments.js";
import { renderLines } from "./lines.js";
import { printFile } from "./print-decls.js";
import { bug } from "../diagnostics.js";

export interface Formatted {
  /** The formatted text; undefined when the file has syntax errors. */
  readonly text: string | undefined;
  /** The syntax errors that stopped it. */
  readonly diagnostics: readonly Diagnostic[];
}

export function formatSource(source: string, filename = "<input>"): Formatted {
  const src = new SourceFile(filename, source);
  const parsed = parseFile(src);
  if (!parsed.value || hasErrors(parsed.diagnostics))
    return { text: undefined, diagnostics: parsed.diagnostics };
  const comments = new CommentPool(src, tokenize(source).comments);
  const lines = printFile({ text: source, comments }, parsed.value);
  if (comments.rest().length) bug(`fmt left ${comments.rest().length} comment(s) unplaced`);
  return { text: renderLines(lines), diagnostics: [] };
}
