// `nnc compile --emit ast`: the AST as stable, indented text for golden files. Every node shows where it starts
// (`@line:col`); expressions are fully parenthesised, so the tree's shape is visible in one line.

import type * as A from "./ast.js";
import { argText, valueText } from "./args.js";
import { where } from "../source.js";

export function printAst(file: A.FileAst): string {
  const out: string[] = [`file ${file.span.file.name}`];
  const items = [...file.imports, ...file.consts, ...file.layers, ...file.models].sort(
    (a, b) => a.span.start - b.span.start,
  );
  for (const item of items) {
    switch (item.kind) {
      case "const":
        out.push(`const ${item.name.name} = ${valueText(item.value)} @${where(item.span)}`);
        break;
      case "import":
        out.push(`import ${JSON.stringify(item.path.value)} @${where(item.span)}`);
        break;
      case "layer": {
        const params = item.params.map((p) =>
          p.default ? `${p.name.name}=${valueText(p.default)}` : p.name.name,
        );
        out.push(`layer ${item.name.name}(${params.join(", ")}) @${where(item.span)}`);
        printBody(item.body, "  ", out);
        break;
      }
      case "model":
        out.push(`model ${item.name.name} @${where(item.span)}`);
        for (const s of item.statements) printStmt(s, out);
        break;
    }
  }
  return out.join("\n") + "\n";
}

function printStmt(s: A.ModelStmt, out: string[]): void {
  const at = `@${where(s.span)}`;
  switch (s.kind) {
    case "const":
      out.push(`  const ${s.name.name} = ${valueText(s.value)} ${at}`);
      break;
    case "input":
      out.push(`  input ${s.name.name}: ${valueText(s.shape)} ${at}`);
      break;
    case "target":
      out.push(`  target ${s.name.name}: ${valueText(s.type)} ${at}`);
      break;
    case "network":
      out.push(`  network ${at}`);
      printBody(s.body, "    ", out);
      break;
    case "loss":
      out.push(`  loss ${valueText(s.loss)} ${at}`);
      break;
    case "regularize":
      out.push(`  regularize ${s.terms.map(valueText).join(", ")} ${at}`);
      break;
    case "optimizer":
      out.push(`  optimizer ${valueText(s.optimizer)} ${at}`);
      break;
    case "train":
      out.push(`  train ${at}`);
      for (const set of s.settings)
        out.push(
          `    ${set.name.name} ${set.args.map(argText).join(", ")} @${where(set.span)}`.replace(/ +@/, " @"),
        );
      break;
  }
}

function printBody(body: A.Body, indent: string, out: string[]): void {
  out.push(`${indent}${body.kind}`);
  if (body.kind === "sequential") {
    for (const s of body.stages) {
      out.push(`${indent}  stage ${s.name ? s.name.name + ": " : ""}${valueText(s.layer)} @${where(s.span)}`);
    }
    return;
  }
  for (const b of body.bindings)
    out.push(`${indent}  let ${b.name.name} = ${printExpr(b.expr)} @${where(b.span)}`);
  out.push(`${indent}  return ${printExpr(body.result)} @${where(body.result.span)}`);
}

export function printExpr(e: A.Expr): string {
  switch (e.kind) {
    case "ref":
      return e.name.name;
    case "num":
      return e.value.text;
    case "neg":
      return `(-${printExpr(e.operand)})`;
    case "binary":
      return `(${printExpr(e.lhs)} ${e.op} ${printExpr(e.rhs)})`;
    case "apply":
      return `(${printExpr(e.input)} -> ${e.name ? `${e.name.name}: ` : ""}${valueText(e.layer)})`;
    case "call":
      return `${e.callee.name}(${e.args.map(printExpr).join(", ")})`;
  }
}
