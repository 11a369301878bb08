// The file's declarations and statements → lines. One function per AST node kind (a new statement kind is one
// more case and one more function); the layout of blocks and the placing of comments is blocks.ts's.

import type * as A from "../frontend/ast.js";
import { assertNever } from "../diagnostics.js";
import { span, type Span } from "../source.js";
import { bracedLines, hoistedLines, leafLines, blockLines, type Ctx } from "./blocks.js";
import { codeLine, type Line } from "./lines.js";
import { printArg, printCall, printExpr, printValue, quote } from "./print-value.js";

type TopItem = A.ImportDecl | A.ConstDecl | A.LayerDecl | A.ModelDecl;

/** The whole file: its declarations in source order, a blank line around each that takes more than one line. */
export function printFile(ctx: Ctx, file: A.FileAst): Line[] {
  const items: TopItem[] = [...file.imports, ...file.consts, ...file.layers, ...file.models];
  items.sort((a, b) => a.span.start - b.span.start);
  return blockLines(
    ctx,
    {
      items,
      print: (item, indent) => printTopItem(ctx, item, indent),
      open: 0,
      close: ctx.text.length,
      separate: (prev, next) => codeLines(prev) > 1 || codeLines(next) > 1,
    },
    0,
  ).lines;
}

const codeLines = (lines: readonly Line[]): number => lines.filter((l) => !l.isComment).length;

function printTopItem(ctx: Ctx, item: TopItem, indent: number): Line[] {
  switch (item.kind) {
    case "import":
      return printImport(ctx, item, indent);
    case "const":
      return printConst(ctx, item, indent);
    case "layer":
      return printLayer(ctx, item, indent);
    case "model":
      return printModel(ctx, item, indent);
    default:
      return assertNever(item);
  }
}

function printImport(ctx: Ctx, item: A.ImportDecl, indent: number): Line[] {
  return leafLines(ctx, item.span, codeLine(indent, `import ${quote(item.path.value)}`), indent);
}

/** `const NAME = VALUE`, at file or model level; a run of them aligns its names' column as other keywords do. */
function printConst(ctx: Ctx, item: A.ConstDecl, indent: number): Line[] {
  return leafLines(
    ctx,
    item.span,
    codeLine(indent, `${item.name.name} = ${printValue(item.value)}`, "const"),
    indent,
  );
}

function printLayer(ctx: Ctx, item: A.LayerDecl, indent: number): Line[] {
  const params = item.params.map((p) =>
    p.default ? `${p.name.name}=${printValue(p.default)}` : p.name.name,
  );
  const head = `layer ${item.name.name}${params.length ? `(${params.join(", ")})` : ""}`;
  return [
    ...hoistedLines(ctx, item.span.start, item.body.span.start, indent),
    ...printBody(ctx, head, item.body, indent),
  ];
}

function printModel(ctx: Ctx, item: A.ModelDecl, indent: number): Line[] {
  const open = ctx.text.indexOf("{", item.name.span.end) + 1;
  return bracedLines(
    ctx,
    `model ${item.name.name}`,
    {
      items: item.statements,
      print: (s, inner) => printStatement(ctx, s, inner),
      open,
      close: item.span.end - 1,
    },
    indent,
    false,
  );
}

function printStatement(ctx: Ctx, s: A.ModelStmt, indent: number): Line[] {
  const leaf = (head: string, text: string): Line[] =>
    leafLines(ctx, s.span, codeLine(indent, text, head), indent);
  switch (s.kind) {
    case "input":
      return leaf("input", `${s.name.name}: ${printValue(s.shape)}`);
    case "target":
      return leaf("target", `${s.name.name}: ${printValue(s.type)}`);
    case "network":
      return printBody(ctx, "network", s.body, indent);
    case "loss":
      return leaf("loss", printValue(s.loss));
    case "regularize":
      return leaf("regularize", s.terms.map(printValue).join(", "));
    case "optimizer":
      return leaf("optimizer", printValue(s.optimizer));
    case "train":
      return printTrain(ctx, s, indent);
    case "const":
      return printConst(ctx, s, indent);
    default:
      return assertNever(s);
  }
}

function printTrain(ctx: Ctx, s: A.TrainStmt, indent: number): Line[] {
  const open = ctx.text.indexOf("{", s.span.start) + 1;
  const block = { items: s.settings, print: printSetting(ctx), open, close: s.span.end - 1 };
  return bracedLines(ctx, "train", block, indent, true);
}

const printSetting =
  (ctx: Ctx) =>
  (s: A.Setting, indent: number): Line[] =>
    leafLines(ctx, s.span, codeLine(indent, s.args.map(printArg).join(", "), s.name.name), indent);

// Network and layer bodies ------------------------------------------------------------------------------------------

/** A line of a body, with the span it was written in. */
type BodyItem =
  | { readonly kind: "stage"; readonly stage: A.Stage; readonly span: Span }
  | { readonly kind: "binding"; readonly binding: A.Binding; readonly span: Span }
  | { readonly kind: "return"; readonly expr: A.Expr; readonly span: Span };

function printBody(ctx: Ctx, head: string, body: A.Body, indent: number): Line[] {
  const block = {
    items: bodyItems(ctx, body),
    print: (item: BodyItem, inner: number) => printBodyItem(ctx, item, inner),
    open: body.span.start + 1,
    close: body.span.end - 1,
  };
  return bracedLines(ctx, head, block, indent, true);
}

function bodyItems(ctx: Ctx, body: A.Body): BodyItem[] {
  switch (body.kind) {
    case "sequential":
      return body.stages.map((stage) => ({ kind: "stage", stage, span: stage.span }));
    case "graph": {
      // The `return` keyword is the last one before the expression (which may itself start with `return…`).
      const ret = ctx.text.lastIndexOf("return", body.result.span.start - 1);
      return [
        ...body.bindings.map((binding): BodyItem => ({ kind: "binding", binding, span: binding.span })),
        { kind: "return", expr: body.result, span: span(body.span.file, ret, body.result.span.end) },
      ];
    }
    default:
      return assertNever(body);
  }
}

function printBodyItem(ctx: Ctx, item: BodyItem, indent: number): Line[] {
  switch (item.kind) {
    case "stage":
      return leafLines(ctx, item.span, printStage(item.stage, indent), indent);
    case "binding":
      return leafLines(ctx, item.span, printBinding(item.binding, indent), indent);
    case "return":
      return leafLines(ctx, item.span, codeLine(indent, `return ${printExpr(item.expr)}`), indent);
    default:
      return assertNever(item);
  }
}

function printStage(stage: A.Stage, indent: number): Line {
  const call = printCall(stage.layer);
  return codeLine(indent, stage.name ? `${stage.name.name}: ${call}` : call);
}

/** `name = expression`, the `=` lined up with the bindings around it. */
function printBinding(b: A.Binding, indent: number): Line {
  return codeLine(indent, `= ${printExpr(b.expr)}`, b.name.name);
}
