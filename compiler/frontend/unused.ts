// Lints of what no model reaches: graph-form lines never used (W0003), and the names inside user layers that no
// model applies (E2001, E2007), which would otherwise go unchecked until the layer's first use.

import type * as A from "./ast.js";
import type { ExpandedNetwork } from "./expanded.js";
import type { NetworkShapes } from "./infer-shapes.js";
import { suggest } from "./suggest.js";
import { unknownLayer } from "./unknown-names.js";
import { error, primary, warning, type Diagnostic } from "../diagnostics.js";
import type { SourceFile } from "../source.js";
import { standardLayer } from "../../stdlib/index.js";

/** W0003 for each line never used, in the bodies whose lines expanded and shape-checked without an error. */
export function lintUnusedLines(net: ExpandedNetwork, shaped: NetworkShapes): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const body of net.bodies) {
    // After an error in its lines, "never used" is most often the error's echo (a misspelt or misplaced use).
    let failed = body.failed;
    for (let id = body.first; id < body.end && !failed; id++) failed = shaped.failed.has(id);
    if (failed) continue;
    for (const b of body.unused) {
      diags.push(
        warning("W0003", `\`${b.name.name}\` is never used`, [primary(b.name.span, "defined here")]).withHelp(
          "use it in a later line or in `return`, or delete it",
        ),
      );
    }
  }
  return diags;
}

/**
 * Checks the names in the user layers of `entry` that no model uses, so that a typo there is caught before its
 * first use. Arguments and shapes can only be checked where a layer is applied.
 */
export function lintUnusedLayers(
  layers: ReadonlyMap<string, A.LayerDecl>,
  used: ReadonlySet<A.LayerDecl>,
  entry: SourceFile,
): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const l of layers.values())
    if (!used.has(l) && l.name.span.file === entry) diags.push(...lintLayer(l, layers));
  return diags;
}

function lintLayer(decl: A.LayerDecl, layers: ReadonlyMap<string, A.LayerDecl>): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const params = new Set(decl.params.map((p) => p.name.name));
  const check = (call: A.CallValue): void => {
    const name = call.callee.name;
    if (!standardLayer(name) && !layers.has(name) && !params.has(name))
      diags.push(unknownLayer(call.callee, layers));
  };
  const body = decl.body;
  if (body.kind === "sequential") {
    body.stages.forEach((s) => check(s.layer));
    return diags;
  }
  const bound = new Set(["in"]);
  const visit = (e: A.Expr): void => {
    if (e.kind === "apply") {
      visit(e.input);
      check(e.layer);
    } else if (e.kind === "binary") {
      visit(e.lhs);
      visit(e.rhs);
    } else if (e.kind === "neg") visit(e.operand);
    else if (e.kind === "call") e.args.forEach(visit);
    else if (e.kind === "ref" && !bound.has(e.name.name) && e.name.name !== "?") {
      const near = suggest(e.name.name, [...bound]);
      const d = error("E2007", `unknown name \`${e.name.name}\``, [primary(e.name.span, "not defined")]);
      diags.push(near ? d.withHelp(`did you mean \`${near}\`?`) : d.withHelp("a layer's input is `in`"));
    }
  };
  for (const b of body.bindings) {
    visit(b.expr);
    bound.add(b.name.name);
  }
  visit(body.result);
  return diags;
}
