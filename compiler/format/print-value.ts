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
    case "binary":
    case "neg":
      return printArithmetic(v);
    default:
      return assertNever(v);
  }
}

// Arithmetic in values (LANGUAGE §4a), loosest first as the grammar nests it: `+ -`, `* / // %`, unary `-`, `**`
// (right-associative, and tighter than a minus on its left: `-2 ** 2` is `-(2 ** 2)`), then atoms.
const V_SUM = 1;
const V_PRODUCT = 2;
const V_UNARY = 3;
const V_POWER = 4;
const V_ATOM = 5;

function valuePrecedence(v: A.Value): number {
  if (v.kind === "binary") return v.op === "+" || v.op === "-" ? V_SUM : v.op === "**" ? V_POWER : V_PRODUCT;
  // A literal written with its minus (`-1`) is one number token, but it reads as a unary minus around it.
  if (v.kind === "neg" || (v.kind === "number" && v.text.startsWith("-"))) return V_UNARY;
  return V_ATOM;
}

/** `v` where a value binding at least as tightly as `min` stands: parenthesised when it binds more loosely. */
function printOperand(v: A.Value, min: number): string {
  const text = printValue(v);
  return valuePrecedence(v) < min ? `(${text})` : text;
}

function printArithmetic(v: A.BinaryValue | A.NegValue): string {
  // The operand of a unary minus is another unary minus or a power (`--x`, `-x ** 2`), as the grammar reads it.
  if (v.kind === "neg") return `-${printOperand(v.operand, V_UNARY)}`;
  const p = valuePrecedence(v);
  // `**` is right-associative: `a ** b ** c` keeps the right one bare and brackets a power on its left; its right
  // operand may be a unary minus (`2 ** -1`).
  if (v.op === "**") return `${printOperand(v.lhs, V_ATOM)} ** ${printOperand(v.rhs, V_UNARY)}`;
  return `${printOperand(v.lhs, p)} ${v.op} ${printOperand(v.rhs, p + 1)}`;
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
    case "call":
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
    case "call":
      return `${e.callee.name}(${e.args.map((a) => printExpr(a)).join(", ")})`;
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
  const name = e.name ? `${e.name.name}: ` : "";
  return `${printExpr(e.input, PIPE)} -> ${name}${printCall(e.layer)}`;
}
