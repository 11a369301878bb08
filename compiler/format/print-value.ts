// Values and graph-form expressions → their canonical one-line text. One function per node kind; expressions get
// exactly the parentheses their precedence needs, so `((a)) + (b * c)` prints `a + b * c` and means the same.

import type * as A from "../frontend/ast.js";
import { assertNever } from "../diagnostics.js";

export function printValue(v: A.Value): string {
  switch (v.kind) {
    case "number":
      return v.text;
    case "string":
      return quote(v.value);
    case "bool":
      return String(v.value);
    case "list":
      return printList(v);
    case "call":
      return printCall(v);
    default:
      return assertNever(v);
  }
}

/** The inverse of the lexer's unquoting: `\` and `"` escaped, newline and tab as `\n` and `\t`. */
export function quote(s: string): string {
  const escaped = s.replace(/[\\"\n\t]/g, (c) => ({ "\n": "\\n", "\t": "\\t" })[c] ?? `\\${c}`);
  return `"${escaped}"`;
}

function printList(v: A.ListValue): string {
  return `[${v.items.map(printValue).join(", ")}]`;
}

/** `relu` stays bare and `relu()` keeps its parentheses: the AST tells them apart. */
export function printCall(v: A.CallValue): string {
  if (!v.parens && !v.args.length) return v.callee.name;
  return `${v.callee.name}(${v.args.map(printArg).join(", ")})`;
}

export function printArg(a: A.Arg): string {
  return a.name ? `${a.name.name}=${printValue(a.value)}` : printValue(a.value);
}

// Binding strength, loosest first, as grammar/parser.ts nests its rules: `+ -`, `* /`, unary `-`, `->`, atoms.
const SUM = 1;
const PRODUCT = 2;
const UNARY = 3;
const PIPE = 4;
const ATOM = 5;

function precedence(e: A.Expr): number {
  switch (e.kind) {
    case "binary":
      return e.op === "+" || e.op === "-" ? SUM : PRODUCT;
    case "neg":
      return UNARY;
    case "apply":
      return PIPE;
    case "ref":
    case "num":
      return ATOM;
    default:
      return assertNever(e);
  }
}

/** `e` in a place that binds at least as tightly as `min`: parenthesised when it binds more loosely. */
export function printExpr(e: A.Expr, min = SUM): string {
  const text = exprText(e);
  return precedence(e) < min ? `(${text})` : text;
}

function exprText(e: A.Expr): string {
  switch (e.kind) {
    case "binary":
      return printBinary(e);
    case "neg":
      return `-${printExpr(e.operand, UNARY)}`;
    case "apply":
      return printApply(e);
    case "ref":
      return e.name.name;
    case "num":
      return e.value.text;
    default:
      return assertNever(e);
  }
}

/** Left-associative: the right operand of `a - (b - c)` keeps its parentheses, the left of `(a - b) - c` does not. */
function printBinary(e: A.BinaryExpr): string {
  const p = precedence(e);
  return `${printExpr(e.lhs, p)} ${e.op} ${printExpr(e.rhs, p + 1)}`;
}

/** `x -> a -> b`: the input of `->` is an atom or another `->`. */
function printApply(e: A.ApplyExpr): string {
  return `${printExpr(e.input, PIPE)} -> ${printCall(e.layer)}`;
}
