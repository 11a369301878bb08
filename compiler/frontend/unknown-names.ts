// What a name that resolves to nothing is reported as (E2001, E2007), with the likeliest fix: a near spelling, or
// what the name is if not what it was used as. Used where networks are expanded and where unused layers are linted.

import type * as A from "./ast.js";
import { error, primary, secondary, type Diagnostic } from "../diagnostics.js";
import { suggest } from "./suggest.js";
import { STANDARD_LAYERS, standardLayer } from "../../stdlib/index.js";

/** A layer that is neither standard nor defined in the program (or imported into it). */
export function unknownLayer(id: A.Ident, layers: ReadonlyMap<string, A.LayerDecl>): Diagnostic {
  const known = [...Object.keys(STANDARD_LAYERS), ...layers.keys()];
  const near = suggest(id.name, known);
  const d = error("E2001", `unknown layer \`${id.name}\``, [
    primary(id.span, "not a standard or user-defined layer"),
  ]);
  if (near) return d.withHelp(`did you mean \`${near}\`?`);
  if (["cross_entropy", "hinge", "mse", "binary_cross_entropy"].includes(id.name))
    return d.withHelp(`\`${id.name}\` is a loss: write \`loss ${id.name}\` after the network`);
  return d.withHelp(
    `the standard layers are ${Object.keys(STANDARD_LAYERS)
      .map((k) => `\`${k}\``)
      .join(", ")}`,
  );
}

/** Where a graph-form line looks a name up: the input, the lines above it, and all the body's lines. */
export interface LineScope {
  readonly inputName: string;
  /** The names defined above the line. */
  readonly above: readonly string[];
  /** Every line of the body, by name. */
  readonly declared: ReadonlyMap<string, A.Binding>;
  readonly layers: ReadonlyMap<string, A.LayerDecl>;
}

/** A name used in a graph-form line that names nothing there yet. */
export function unknownRef(id: A.Ident, scope: LineScope): Diagnostic {
  const later = scope.declared.get(id.name);
  if (later && later.expr.span.start <= id.span.start && id.span.end <= later.expr.span.end) {
    return error("E2007", `\`${id.name}\` is used in its own definition`, [
      primary(id.span, "not defined yet"),
      secondary(later.name.span, "defined by this line"),
    ]).withHelp(`a line can use only the input \`${scope.inputName}\` and the names defined above it`);
  }
  if (later) {
    return error("E2007", `\`${id.name}\` is used before it is defined`, [
      primary(id.span, "used here"),
      secondary(later.name.span, "defined later here"),
    ]).withHelp("move its definition above this line");
  }
  if (id.name === "in") {
    return error("E2007", "`in` names a layer's input, and this is a model", [
      primary(id.span, "not defined here"),
    ]).withHelp(`the model's input is \`${scope.inputName}\``);
  }
  const known = [scope.inputName, ...scope.above];
  const near = suggest(id.name, known);
  const d = error("E2007", `unknown name \`${id.name}\``, [primary(id.span, "not defined")]);
  if (near) return d.withHelp(`did you mean \`${near}\`?`);
  if (scope.layers.has(id.name) || standardLayer(id.name))
    return d.withHelp(`\`${id.name}\` is a layer: apply it with \`-> ${id.name}\``);
  return d.withHelp(`the names here are ${known.map((k) => `\`${k}\``).join(", ")}`);
}
