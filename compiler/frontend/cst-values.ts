// The CST visitor's base: the helpers every rule uses, and the rules of values (calls and their arguments, literals,
// lists, and the arithmetic of LANGUAGE §4a). cst-to-ast.ts extends it with declarations, statements and graph form.

import type { CstNode, IToken } from "chevrotain";
import { cstVisitorBase } from "../../grammar/parser.js";
import type * as A from "./ast.js";
import { error, primary, secondary, type Diagnostic } from "../diagnostics.js";
import { join, span, type SourceFile, type Span } from "../source.js";
import { ExpressionDepths } from "./nesting.js";

export type Child = CstNode | IToken;
export type Ctx = Record<string, Child[] | undefined>;

export function isToken(c: Child): c is IToken {
  return (c as IToken).image !== undefined;
}

const Base = cstVisitorBase();

/** What one walk of one file shares: its source, its diagnostics and the depth of its expressions. */
export abstract class ValueVisitor extends Base {
  /** What this walk found wrong; one builder walks one file. */
  readonly diags: Diagnostic[] = [];
  protected readonly depths = new ExpressionDepths();

  constructor(protected readonly src: SourceFile) {
    super();
  }

  protected tok(t: IToken): Span {
    return span(this.src, t.startOffset, t.startOffset + t.image.length);
  }

  protected node(n: CstNode): Span {
    const loc = n.location!;
    return span(
      this.src,
      loc.startOffset,
      (Number.isNaN(loc.endOffset) ? loc.startOffset : loc.endOffset!) + 1,
    );
  }

  protected ident(t: IToken): A.Ident {
    return { name: t.image, span: this.tok(t) };
  }

  /** `e`, one level above its operands, or E1012 (see nesting.ts). */
  protected nest<E extends A.Expr | A.Value>(e: E, ...operands: (A.Expr | A.Value)[]): E {
    const tooDeep = this.depths.nest(this.src, e, ...operands);
    if (tooDeep) this.diags.push(tooDeep);
    return e;
  }

  /** Visits a child whose rule's method returns what the caller expects (Chevrotain types it as `any`). */
  protected sub<T>(node: CstNode): T {
    return this.visit(node) as T;
  }

  protected one(ctx: Ctx, key: string): CstNode {
    return ctx[key]![0] as CstNode;
  }

  protected token(ctx: Ctx, key: string): IToken {
    return ctx[key]![0] as IToken;
  }

  protected nodes(ctx: Ctx, key: string): CstNode[] {
    return (ctx[key] ?? []) as CstNode[];
  }

  protected tokens(ctx: Ctx, key: string): IToken[] {
    return (ctx[key] ?? []) as IToken[];
  }

  // Values -----------------------------------------------------------------------------------------------------

  call(ctx: Ctx): A.CallValue {
    const callee = this.ident(this.token(ctx, "Identifier"));
    const close = this.tokens(ctx, "RParen")[0];
    return {
      kind: "call",
      callee,
      args: this.args(ctx),
      parens: !!ctx.LParen,
      span: close ? join(callee.span, this.tok(close)) : callee.span,
    };
  }

  protected args(ctx: Ctx): A.Arg[] {
    const args = this.nodes(ctx, "arg").map((a) => this.visit(a) as A.Arg);
    const firstNamed = args.find((a) => a.name);
    for (const a of args) {
      if (!a.name && firstNamed && a.span.start > firstNamed.span.start) {
        this.diags.push(
          error("E1006", "a positional argument cannot follow a named one", [
            primary(a.span, "positional"),
            secondary(firstNamed.span, "named argument here"),
          ]).withHelp("put the positional arguments first, or name this one too"),
        );
      }
    }
    return args;
  }

  arg(ctx: Ctx): A.Arg {
    const value = this.visit(this.one(ctx, "value")) as A.Value;
    if (!ctx.argName) return { value, span: value.span };
    const name = this.ident(this.token(ctx, "argName"));
    return { name, value, span: join(name.span, value.span) };
  }

  value(ctx: Ctx): A.Value {
    return this.valueChain(this.nodes(ctx, "valueProduct"), [
      ...this.tokens(ctx, "Plus"),
      ...this.tokens(ctx, "Minus"),
    ]);
  }

  valueProduct(ctx: Ctx): A.Value {
    return this.valueChain(this.nodes(ctx, "valueUnary"), [
      ...this.tokens(ctx, "Star"),
      ...this.tokens(ctx, "Slash"),
      ...this.tokens(ctx, "DoubleSlash"),
      ...this.tokens(ctx, "Percent"),
    ]);
  }

  /** Left-associative, as `binaryChain`. */
  protected valueChain(operands: CstNode[], ops: IToken[]): A.Value {
    ops.sort((a, b) => a.startOffset - b.startOffset);
    let acc = this.visit(operands[0]!) as A.Value;
    ops.forEach((op, i) => {
      const rhs = this.visit(operands[i + 1]!) as A.Value;
      acc = this.binaryValue(op, acc, rhs);
    });
    return acc;
  }

  protected binaryValue(op: IToken, lhs: A.Value, rhs: A.Value): A.Value {
    const binary: A.BinaryValue = {
      kind: "binary",
      op: op.image as A.ValueOp,
      lhs,
      rhs,
      opSpan: this.tok(op),
      span: join(lhs.span, rhs.span),
    };
    return this.nest(binary, lhs, rhs);
  }

  valueUnary(ctx: Ctx): A.Value {
    if (!ctx.Minus) return this.sub(this.one(ctx, "valuePower"));
    const operand = this.visit(this.one(ctx, "valueUnary")) as A.Value;
    const minus = this.tok(this.token(ctx, "Minus"));
    // `-1` stays the number it always was; a minus before anything else is negation.
    if (operand.kind === "number" && !operand.text.startsWith("-"))
      return { ...operand, value: -operand.value, text: `-${operand.text}`, span: join(minus, operand.span) };
    return this.nest({ kind: "neg", operand, span: join(minus, operand.span) }, operand);
  }

  valuePower(ctx: Ctx): A.Value {
    const base = this.visit(this.one(ctx, "atom")) as A.Value;
    if (!ctx.DoubleStar) return base;
    return this.binaryValue(this.token(ctx, "DoubleStar"), base, this.sub(this.one(ctx, "valueUnary")));
  }

  atom(ctx: Ctx): A.Value {
    if (ctx.NumberLit) {
      const t = this.token(ctx, "NumberLit");
      return { kind: "number", value: Number(t.image), text: t.image, span: this.tok(t) };
    }
    if (ctx.StringLit) {
      const t = this.token(ctx, "StringLit");
      return { kind: "string", value: unquote(t.image), span: this.tok(t) };
    }
    if (ctx.True) return { kind: "bool", value: true, span: this.tok(this.token(ctx, "True")) };
    if (ctx.False) return { kind: "bool", value: false, span: this.tok(this.token(ctx, "False")) };
    if (ctx.list) return this.sub(this.one(ctx, "list"));
    if (ctx.call) return this.sub(this.one(ctx, "call"));
    const inner = this.visit(this.one(ctx, "value")) as A.Value;
    // As in graph form: the parentheses are in the span, and leave no node.
    const parens = join(this.tok(this.token(ctx, "LParen")), this.tok(this.token(ctx, "RParen")));
    return this.depths.same({ ...inner, span: parens }, inner);
  }

  list(ctx: Ctx): A.ListValue {
    const items = this.nodes(ctx, "value").map((v) => this.visit(v) as A.Value);
    return {
      kind: "list",
      items,
      span: join(this.tok(this.token(ctx, "LBracket")), this.tok(this.token(ctx, "RBracket"))),
    };
  }
}

export function unquote(image: string): string {
  return image.slice(1, -1).replace(/\\(.)/g, (_, c: string) => ({ n: "\n", t: "\t" })[c] ?? c);
}
