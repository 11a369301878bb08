// A network body's lines → its AST: a sequence of stages, or graph-form lines with one `return` at the end. The
// grammar accepts any mix of lines, so that these messages (E1008–E1011) can say what is wrong with it.

import type * as A from "./ast.js";
import { error, primary, type Checked, type Diagnostic } from "../diagnostics.js";
import { span, type Span } from "../source.js";

/** One line of a body, as the CST visitor reads it. */
export type Stmt =
  | { kind: "stage"; stage: A.Stage }
  | { kind: "binding"; binding: A.Binding }
  | { kind: "return"; expr: A.Expr; span: Span };

/** The body of the lines `stmts` between the braces `whole`: graph form as soon as one line is not a stage. */
export function bodyOf(stmts: readonly Stmt[], whole: Span): Checked<A.Body> {
  const stages = stmts.flatMap((s) => (s.kind === "stage" ? [s.stage] : []));
  if (stages.length === stmts.length)
    return { value: { kind: "sequential", stages, span: whole }, diagnostics: [] };
  const diags: Diagnostic[] = [];
  const bindings: A.Binding[] = [];
  let result: A.Expr | undefined;
  for (const s of stmts) {
    if (s.kind === "stage") {
      diags.push(
        error("E1008", "a stage line cannot stand among `name = ...` lines", [
          primary(s.stage.span, "this is a stage of the sequential form"),
        ]).withHelp(
          "in graph form, apply layers with `->`: `h = previous -> " + s.stage.layer.callee.name + "`",
        ),
      );
    } else if (s.kind === "binding") {
      if (result) {
        diags.push(
          error("E1010", "a statement after `return` is never used", [
            primary(s.binding.span, "after the `return`"),
          ]),
        );
      }
      bindings.push(s.binding);
    } else if (result) {
      diags.push(
        error("E1011", "a network has one `return`", [primary(s.span, "a second `return`")]).withHelp(
          "combine the results in one expression",
        ),
      );
    } else {
      result = s.expr;
    }
  }
  if (!result) {
    diags.push(
      error("E1009", "a graph-form network must end with `return`", [
        primary(span(whole.file, whole.end - 1, whole.end), "expected `return expression` before this `}`"),
      ]).withHelp(bindings.length ? `add \`return ${bindings.at(-1)!.name.name}\`` : "add a `return` line"),
    );
    result = { kind: "ref", name: { name: "?", span: whole }, span: whole };
  }
  return { value: { kind: "graph", bindings, result, span: whole }, diagnostics: diags };
}
