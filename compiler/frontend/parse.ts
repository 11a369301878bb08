// Source text → the AST of one file: lexes and parses it (grammar/), reporting syntax errors as E1001–E1003, then
// builds the AST from the CST (cst-to-ast.ts).

import { EOF, type IToken, type IRecognitionException } from "chevrotain";
import { MAX_PARSE_ERRORS, parseTokens } from "../../grammar/parser.js";
import { Newline, tokenize } from "../../grammar/tokens.js";
import type * as A from "./ast.js";
import { cstToAst } from "./cst-to-ast.js";
import { error, primary, tooManyErrors, type Checked, type Diagnostic } from "../diagnostics.js";
import { span, type SourceFile } from "../source.js";
import { checkNesting } from "./nesting.js";

function syntaxError(src: SourceFile, e: IRecognitionException, tokens: readonly IToken[]): Diagnostic {
  const t = e.token;
  const atEnd = t.tokenType === EOF || !Number.isFinite(t.startOffset);
  let prev = (e as { previousToken?: IToken }).previousToken;
  // At the end of the file, the previous token is often the last line's newline: point after the last real one.
  if (atEnd && prev?.tokenType === Newline) prev = tokens.findLast((k) => k.tokenType !== Newline);
  let at = atEnd
    ? span(src, src.text.length, src.text.length)
    : span(src, t.startOffset, t.startOffset + t.image.length);
  // When the missing piece belongs at the end of the previous line, point there rather than at the next line.
  const prevEnd =
    prev && Number.isFinite(prev.startOffset) ? prev.startOffset + prev.image.length : undefined;
  let label = "";
  if (prevEnd !== undefined && (atEnd || src.text.slice(prevEnd, t.startOffset).includes("\n"))) {
    // One character after it, or none when the file ends right there: a span never leaves its file.
    at = span(src, prevEnd, Math.min(prevEnd + 1, src.text.length));
    label = `${/^expected (.+?), found/.exec(e.message)?.[1] ?? "more"} expected here`;
  }
  const d = error("E1001", e.message, [primary(at, label)]);
  if (atEnd && /`\}`/.test(e.message)) return d.withHelp("a `{` is never closed");
  if (atEnd && /`\)`/.test(e.message)) return d.withHelp("a `(` is never closed");
  return d;
}

/** Lexes, parses and builds the AST of one file. On syntax errors the value is undefined. */
export function parseFile(src: SourceFile): Checked<A.FileAst | undefined> {
  const diags: Diagnostic[] = [];
  const lexed = tokenize(src.text);
  for (const e of lexed.errors.slice(0, MAX_PARSE_ERRORS)) {
    const ch = src.text.slice(e.offset, e.offset + Math.min(e.length, 100));
    diags.push(
      error("E1002", `unexpected character \`${ch}\``, [
        primary(span(src, e.offset, e.offset + e.length)),
      ]).withHelp("names are letters, digits and `_`; comments start with `#`"),
    );
  }
  for (const t of lexed.unterminated) {
    diags.push(
      error("E1003", 'this string has no closing `"`', [
        primary(span(src, t.startOffset, t.startOffset + t.image.length)),
      ]).withHelp("strings end on the line they start"),
    );
  }
  if (diags.length >= MAX_PARSE_ERRORS) return { value: undefined, diagnostics: capped(diags) };
  const tooDeep = checkNesting(src, lexed.tokens);
  if (tooDeep) return { value: undefined, diagnostics: [...diags, tooDeep] };
  const parsed = parseTokens(lexed.tokens);
  // An unterminated string swallowed the rest of its line: what the parser then misses there is the same mistake.
  const lostLines = new Set(lexed.unterminated.map((t) => src.position(t.startOffset).line));
  for (const e of parsed.errors) {
    // After a first error, "expected `}`" and "expected end of file" are nearly always the parser losing its
    // place, not new mistakes: they would bury the real one.
    if (diags.length && /^expected (`\}`|end of file|`import`, `layer` or `model`),/.test(e.message))
      continue;
    const d = syntaxError(src, e, lexed.tokens);
    if (lostLines.has(src.position(d.span!.start).line)) continue;
    diags.push(d);
  }
  if (parsed.errors.length >= MAX_PARSE_ERRORS)
    return { value: undefined, diagnostics: capped(dedupe(diags)) };
  if (diags.length) return { value: undefined, diagnostics: dedupe(diags) };
  return cstToAst(src, parsed.cst);
}

/** Recovery can report the same spot twice; one message per place is enough. */
function dedupe(diags: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const key = `${d.span?.start}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first MAX_PARSE_ERRORS, then one line saying that the parser stopped there. */
function capped(diags: Diagnostic[]): Diagnostic[] {
  return [
    ...diags.slice(0, MAX_PARSE_ERRORS),
    tooManyErrors(`the parser gave up after ${MAX_PARSE_ERRORS} syntax errors and read no further`),
  ];
}
