// CST → AST: walks the CST of one file, which parsed without errors, into the typed AST of `ast.ts`. The few rules a
// context-free grammar cannot say (one statement per line, `return` once and last, positional arguments first)
// become E1xxx diagnostics here.

import type { CstNode, IToken } from "chevrotain";
import { cstVisitorBase } from "../../grammar/parser.js";
import type * as A from "./ast.js";
import { bodyOf, type Stmt } from "./body-form.js";
import { error, primary, secondary, type Checked, type Diagnostic } from "../diagnostics.js";
import { join, span, type SourceFile, type Span } from "../source.js";
import { ExpressionDepths } from "./nesting.js";

type Child = CstNode | IToken;
type Ctx = Record<string, Child[] | undefined>;

function isToken(c: Child): c is IToken {
  return (c as IToken).image !== undefined;
}

const Base = cstVisitorBase();

/** The AST of `cst`, a file that parsed. */
export function cstToAst(src: SourceFile, cst: CstNode): Checked<A.FileAst> {
  const builder = new AstBuilder(src);
  const ast = builder.visit(cst) as A.FileAst;
  return { value: ast, diagnostics: builder.diags };
}

/** Chevrotain's visitor: one method per grammar rule, which `validateVisitor` checks at startup. */
class AstBuilder extends Base {
  /** What this walk found wrong; one builder walks one file. */
  readonly diags: Diagnostic[] = [];
  private readonly depths = new ExpressionDepths();

  constructor(private readonly src: SourceFile) {
    super();
    this.validateVisitor();
  }

  // Helpers ----------------------------------------------------------------------------------------------------

  private tok(t: IToken): Span {
    return span(this.src, t.startOffset, t.startOffset + t.image.length);
  }

  private node(n: CstNode): Span {
    const loc = n.location!;
    return span(
      this.src,
      loc.startOffset,
      (Number.isNaN(loc.endOffset) ? loc.startOffset : loc.endOffset!) + 1,
    );
  }

  private ident(t: IToken): A.Ident {
    return { name: t.image, span: this.tok(t) };
  }

  /** `e`, one level above its operands, or E1012 (see nesting.ts). */
  private nest<E extends A.Expr | A.Value>(e: E, ...operands: (A.Expr | A.Value)[]): E {
    const tooDeep = this.depths.nest(this.src, e, ...operands);
    if (tooDeep) this.diags.push(tooDeep);
    return e;
  }

  /** Visits a child whose rule's method returns what the caller expects (Chevrotain types it as `any`). */
  private sub<T>(node: CstNode): T {
    return this.visit(node) as T;
  }

  private one(ctx: Ctx, key: string): CstNode {
    return ctx[key]![0] as CstNode;
  }

  private token(ctx: Ctx, key: string): IToken {
    return ctx[key]![0] as IToken;
  }

  private nodes(ctx: Ctx, key: string): CstNode[] {
    return (ctx[key] ?? []) as CstNode[];
  }

  private tokens(ctx: Ctx, key: string): IToken[] {
    return (ctx[key] ?? []) as IToken[];
  }

  /**
   * Statements must be separated by a newline or `;`. The grammar accepts `relu linear(3)` as two statements so
   * that the message can say exactly this; here the children are put back in source order to check it.
   */
  private checkSeparated(ctx: Ctx, stmtKey: string): void {
    const items: { offset: number; isSep: boolean; node: CstNode }[] = [];
    for (const s of this.nodes(ctx, "sep"))
      items.push({ offset: s.location!.startOffset, isSep: true, node: s });
    for (const s of this.nodes(ctx, stmtKey))
      items.push({ offset: s.location!.startOffset, isSep: false, node: s });
    items.sort((a, b) => a.offset - b.offset);
    for (let i = 1; i < items.length; i++) {
      if (!items[i]!.isSep && !items[i - 1]!.isSep) {
        const at = this.node(items[i]!.node);
        this.diags.push(
          error("E1005", "expected a newline or `;` before this statement", [
            primary(at, "a new statement starts here"),
          ]).withHelp("put each statement on its own line, or separate them with `;`"),
        );
      }
    }
  }

  // Rules ------------------------------------------------------------------------------------------------------

  sep(): void {}

  file(ctx: Ctx): A.FileAst {
    this.checkSeparated(ctx, "topItem");
    const imports: A.ImportDecl[] = [];
    const consts: A.ConstDecl[] = [];
    const layers: A.LayerDecl[] = [];
    const models: A.ModelDecl[] = [];
    for (const item of this.nodes(ctx, "topItem")) {
      const decl = this.visit(item) as A.ImportDecl | A.ConstDecl | A.LayerDecl | A.ModelDecl;
      if (decl.kind === "import") imports.push(decl);
      else if (decl.kind === "const") consts.push(decl);
      else if (decl.kind === "layer") layers.push(decl);
      else models.push(decl);
    }
    return { imports, consts, layers, models, span: span(this.src, 0, this.src.text.length) };
  }

  topItem(ctx: Ctx): A.ImportDecl | A.ConstDecl | A.LayerDecl | A.ModelDecl {
    const inner = ctx.importDecl ?? ctx.constDecl ?? ctx.layerDecl ?? ctx.modelDecl;
    return this.sub(inner![0] as CstNode);
  }

  constDecl(ctx: Ctx): A.ConstDecl {
    const value = this.visit(this.one(ctx, "value")) as A.Value;
    return {
      kind: "const",
      name: this.ident(this.token(ctx, "Identifier")),
      value,
      span: join(this.tok(this.token(ctx, "Const")), value.span),
    };
  }

  importDecl(ctx: Ctx): A.ImportDecl {
    const str = this.token(ctx, "StringLit");
    const path: A.StringValue = { kind: "string", value: unquote(str.image), span: this.tok(str) };
    return { kind: "import", path, span: join(this.tok(this.token(ctx, "Import")), path.span) };
  }

  layerDecl(ctx: Ctx): A.LayerDecl {
    const params = this.nodes(ctx, "layerParam").map((p) => this.visit(p) as A.LayerParam);
    const body = this.visit(this.one(ctx, "body")) as A.Body;
    return {
      kind: "layer",
      name: this.ident(this.token(ctx, "Identifier")),
      params,
      body,
      span: join(this.tok(this.token(ctx, "Layer")), body.span),
    };
  }

  layerParam(ctx: Ctx): A.LayerParam {
    const name = this.ident(this.token(ctx, "Identifier"));
    const def = ctx.value ? (this.visit(this.one(ctx, "value")) as A.Value) : undefined;
    return def ? { name, default: def, span: join(name.span, def.span) } : { name, span: name.span };
  }

  modelDecl(ctx: Ctx): A.ModelDecl {
    this.checkSeparated(ctx, "modelStmt");
    const statements = this.nodes(ctx, "modelStmt").map((s) => this.visit(s) as A.ModelStmt);
    return {
      kind: "model",
      name: this.ident(this.token(ctx, "Identifier")),
      statements,
      span: join(this.tok(this.token(ctx, "Model")), this.tok(this.token(ctx, "RBrace"))),
    };
  }

  modelStmt(ctx: Ctx): A.ModelStmt {
    const inner = Object.values(ctx).find((v) => v && v.length)!;
    return this.sub(inner[0] as CstNode);
  }

  inputStmt(ctx: Ctx): A.InputStmt {
    const name = this.ident(this.token(ctx, "Identifier"));
    return {
      kind: "input",
      name,
      shape: this.sub(this.one(ctx, "value")),
      span: this.stmtSpan(ctx),
    };
  }

  targetStmt(ctx: Ctx): A.TargetStmt {
    const name = this.ident(this.token(ctx, "Identifier"));
    return {
      kind: "target",
      name,
      type: this.sub(this.one(ctx, "value")),
      span: this.stmtSpan(ctx),
    };
  }

  networkStmt(ctx: Ctx): A.NetworkStmt {
    return { kind: "network", body: this.sub(this.one(ctx, "body")), span: this.stmtSpan(ctx) };
  }

  lossStmt(ctx: Ctx): A.LossStmt {
    return { kind: "loss", loss: this.sub(this.one(ctx, "value")), span: this.stmtSpan(ctx) };
  }

  regularizeStmt(ctx: Ctx): A.RegularizeStmt {
    const terms = this.nodes(ctx, "value").map((v) => this.visit(v) as A.Value);
    return { kind: "regularize", terms, span: this.stmtSpan(ctx) };
  }

  optimizerStmt(ctx: Ctx): A.OptimizerStmt {
    return {
      kind: "optimizer",
      optimizer: this.sub(this.one(ctx, "value")),
      span: this.stmtSpan(ctx),
    };
  }

  trainStmt(ctx: Ctx): A.TrainStmt {
    this.checkSeparated(ctx, "setting");
    const settings = this.nodes(ctx, "setting").map((s) => this.visit(s) as A.Setting);
    return { kind: "train", settings, span: this.stmtSpan(ctx) };
  }

  setting(ctx: Ctx): A.Setting {
    const name = this.ident(this.token(ctx, "Identifier"));
    const args = this.args(ctx);
    return { name, args, span: args.length ? join(name.span, args.at(-1)!.span) : name.span };
  }

  body(ctx: Ctx): A.Body {
    this.checkSeparated(ctx, "bodyStmt");
    const whole = join(this.tok(this.token(ctx, "LBrace")), this.tok(this.token(ctx, "RBrace")));
    const stmts = this.nodes(ctx, "bodyStmt").map((s) => this.visit(s) as Stmt);
    const body = bodyOf(stmts, whole);
    for (const item of body.diagnostics) this.diags.push(item);
    return body.value;
  }

  bodyStmt(ctx: Ctx): Stmt {
    if (ctx.Return) {
      const expr = this.visit(this.one(ctx, "expr")) as A.Expr;
      return { kind: "return", expr, span: join(this.tok(this.token(ctx, "Return")), expr.span) };
    }
    if (ctx.stageName) {
      const name = this.ident(this.token(ctx, "stageName"));
      const layer = this.visit(this.one(ctx, "call")) as A.CallValue;
      return { kind: "stage", stage: { name, layer, span: join(name.span, layer.span) } };
    }
    if (ctx.bindingName) {
      const name = this.ident(this.token(ctx, "bindingName"));
      const expr = this.visit(this.one(ctx, "expr")) as A.Expr;
      return { kind: "binding", binding: { name, expr, span: join(name.span, expr.span) } };
    }
    const layer = this.visit(this.one(ctx, "call")) as A.CallValue;
    return { kind: "stage", stage: { layer, span: layer.span } };
  }

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

  private args(ctx: Ctx): A.Arg[] {
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
  private valueChain(operands: CstNode[], ops: IToken[]): A.Value {
    ops.sort((a, b) => a.startOffset - b.startOffset);
    let acc = this.visit(operands[0]!) as A.Value;
    ops.forEach((op, i) => {
      const rhs = this.visit(operands[i + 1]!) as A.Value;
      acc = this.binaryValue(op, acc, rhs);
    });
    return acc;
  }

  private binaryValue(op: IToken, lhs: A.Value, rhs: A.Value): A.Value {
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

  expr(ctx: Ctx): A.Expr {
    return this.binaryChain(this.nodes(ctx, "product"), [
      ...this.tokens(ctx, "Plus"),
      ...this.tokens(ctx, "Minus"),
    ]);
  }

  product(ctx: Ctx): A.Expr {
    return this.binaryChain(this.nodes(ctx, "unary"), [
      ...this.tokens(ctx, "Star"),
      ...this.tokens(ctx, "Slash"),
    ]);
  }

  /** Left-associative: `a - b - c` is `(a - b) - c`. */
  private binaryChain(operands: CstNode[], ops: IToken[]): A.Expr {
    ops.sort((a, b) => a.startOffset - b.startOffset);
    let acc = this.visit(operands[0]!) as A.Expr;
    ops.forEach((op, i) => {
      const rhs = this.visit(operands[i + 1]!) as A.Expr;
      const binary: A.BinaryExpr = {
        kind: "binary",
        op: op.image as A.BinaryOp,
        lhs: acc,
        rhs,
        opSpan: this.tok(op),
        span: join(acc.span, rhs.span),
      };
      acc = this.nest(binary, acc, rhs);
    });
    return acc;
  }

  unary(ctx: Ctx): A.Expr {
    if (ctx.Minus) {
      const operand = this.visit(this.one(ctx, "unary")) as A.Expr;
      const minus = this.tok(this.token(ctx, "Minus"));
      return this.nest({ kind: "neg", operand, span: join(minus, operand.span) }, operand);
    }
    return this.sub(this.one(ctx, "pipe"));
  }

  pipe(ctx: Ctx): A.Expr {
    let acc = this.visit(this.one(ctx, "primary")) as A.Expr;
    for (const c of this.nodes(ctx, "applied")) {
      const { name, layer } = this.visit(c) as { name?: A.Ident; layer: A.CallValue };
      const apply: A.ApplyExpr = {
        kind: "apply",
        input: acc,
        ...(name && { name }),
        layer,
        span: join(acc.span, layer.span),
      };
      acc = this.nest(apply, acc);
    }
    return acc;
  }

  applied(ctx: Ctx): { name?: A.Ident; layer: A.CallValue } {
    const layer = this.visit(this.one(ctx, "call")) as A.CallValue;
    return ctx.stageName ? { name: this.ident(this.token(ctx, "stageName")), layer } : { layer };
  }

  funcCall(ctx: Ctx): A.CallExpr {
    const args = this.nodes(ctx, "expr").map((e) => this.visit(e) as A.Expr);
    const callee = this.ident(this.token(ctx, "Identifier"));
    const call: A.CallExpr = {
      kind: "call",
      callee,
      args,
      span: join(callee.span, this.tok(this.token(ctx, "RParen"))),
    };
    return this.nest(call, ...args);
  }

  primary(ctx: Ctx): A.Expr {
    if (ctx.funcCall) return this.sub(this.one(ctx, "funcCall"));
    if (ctx.Identifier) {
      const name = this.ident(this.token(ctx, "Identifier"));
      return { kind: "ref", name, span: name.span };
    }
    if (ctx.NumberLit) {
      const t = this.token(ctx, "NumberLit");
      const value: A.NumberValue = {
        kind: "number",
        value: Number(t.image),
        text: t.image,
        span: this.tok(t),
      };
      return { kind: "num", value, span: value.span };
    }
    const inner = this.visit(this.one(ctx, "expr")) as A.Expr;
    // Keep the parentheses in the span, so that a label under `(a + b)` covers what the user wrote.
    const parens = join(this.tok(this.token(ctx, "LParen")), this.tok(this.token(ctx, "RParen")));
    return this.depths.same({ ...inner, span: parens }, inner);
  }

  private stmtSpan(ctx: Ctx): Span {
    const all = Object.values(ctx)
      .flat()
      .filter((c): c is Child => !!c);
    const spans = all.map((c) => (isToken(c) ? this.tok(c) : this.node(c)));
    return spans.reduce((a, b) => join(a, b));
  }
}

function unquote(image: string): string {
  return image.slice(1, -1).replace(/\\(.)/g, (_, c: string) => ({ n: "\n", t: "\t" })[c] ?? c);
}
