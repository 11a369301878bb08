// How deep a file nests, checked before it is parsed or walked: the parser and every pass after it recurse once per
// level of brackets, unary minus and operators, so a file nested without bound would exhaust the stack. Past the
// limits below the file gets E1012 instead.

import type { IToken } from "chevrotain";
import type * as A from "./ast.js";
import * as T from "../../grammar/tokens.js";
import { error, primary, type Diagnostic } from "../diagnostics.js";
import { span, type SourceFile } from "../source.js";

/** Brackets of any kind (`(`, `[`, `{`) and unary minus signs, open at once. */
export const MAX_NESTING = 64;
/** User layers expanded inside each other. */
export const MAX_LAYER_NESTING = 64;
/** Operators and `->` applications in one expression, counted along its deepest path. */
export const MAX_EXPRESSION_DEPTH = 256;

/** E1012 at the first token that opens a level past MAX_NESTING, or undefined. */
export function checkNesting(src: SourceFile, tokens: readonly IToken[]): Diagnostic | undefined {
  let depth = 0;
  let minuses = 0; // a run of `-` signs: each one after the first is a unary minus the parser nests
  for (const t of tokens) {
    const type = t.tokenType;
    if (type === T.LParen || type === T.LBracket || type === T.LBrace) depth++;
    else if (type === T.RParen || type === T.RBracket || type === T.RBrace) depth = Math.max(0, depth - 1);
    minuses = type === T.Minus ? minuses + 1 : 0;
    if (depth + minuses > MAX_NESTING)
      return tooDeep(src, t.startOffset, t.startOffset + t.image.length, `more than ${MAX_NESTING} levels`);
  }
  return undefined;
}

export function tooDeep(src: SourceFile, start: number, end: number, how: string): Diagnostic {
  return error("E1012", `this is nested too deeply (${how})`, [
    primary(span(src, start, end), "one level too many"),
  ]).withHelp("name the inner parts: bind them to names on lines of their own, or write them as user layers");
}

/** An expression of graph form or arithmetic in a value: what the depth of nesting is counted over. */
type Nested = A.Expr | A.Value;

/** How deep each expression built so far is, for the AST builder: the passes after it recurse that deep. */
export class ExpressionDepths {
  private readonly depths = new WeakMap<Nested, number>();

  /** Records `e` one level above `operands`; E1012 where `e` is the first to pass MAX_EXPRESSION_DEPTH. */
  nest(src: SourceFile, e: Nested, ...operands: Nested[]): Diagnostic | undefined {
    const depth = 1 + operands.reduce((d, o) => Math.max(d, this.depths.get(o) ?? 0), 0);
    this.depths.set(e, depth);
    if (depth !== MAX_EXPRESSION_DEPTH + 1) return undefined;
    return tooDeep(
      src,
      e.span.start,
      e.span.end,
      `more than ${MAX_EXPRESSION_DEPTH} operations in one expression`,
    );
  }

  /** `copy`, recorded as deep as `original` (the same expression, in parentheses). */
  same<E extends Nested>(copy: E, original: Nested): E {
    this.depths.set(copy, this.depths.get(original) ?? 0);
    return copy;
  }
}
