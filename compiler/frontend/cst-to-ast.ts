// CST → AST: walks the CST of one file, which parsed without errors, into the typed AST of `ast.ts`. The few rules a
// context-free grammar cannot say (one statement per line, `return` once and last, positional arguments first)
// become E1xxx diagnostics here. The rules of values are in cst-values.ts.

import type { CstNode, IToken } from "chevrotain";
import type * as A from "./ast.js";
import { bodyOf, type Stmt } from "./body-form.js";
import { isToken, unquote, ValueVisitor, type Child, type Ctx } from "./cst-values.js";
import { error, primary, type Checked } from "../diagnostics.js";
import { join, span, type SourceFile, type Span } from "../source.js";

/** The AST of `cst`, a file that parsed. */
export function cstToAst(src: SourceFile, cst: CstNode): Checked<A.FileAst> {
  const builder = new AstBuilder(src);
  const ast = builder.visit(cst) as A.FileAst;
  return { value: ast, diagnostics: builder.diags };
}

/** Chevrotain's visitor: one method per grammar rule, which `validateVisitor` checks at startup. */
class AstBuilder extends ValueVisitor {
  constructor(src: SourceFile) {
    super(src);
    this.validateVisitor();
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
