// The expanded network → each node's per-example shape, by each standard layer's shape rule and NumPy broadcasting
// for arithmetic (compiler/shapes/broadcast.ts). Errors are E3xxx. A node after an error has no shape and is not
// checked: its error would be an echo of the first.

import type { ExpandedBinary, ExpandedConcat, ExpandedNetwork, Use } from "./expanded.js";
import { Diagnostic, error, hasErrors, primary, secondary, type Checked } from "../diagnostics.js";
import type { NodeId } from "../program.js";
import { broadcast } from "../shapes/broadcast.js";
import { fmtShape, type Shape } from "../shape.js";
import type { Span } from "../source.js";
import { LayerSite, standardLayer } from "../../stdlib/index.js";

export interface NetworkShapes {
  /** Each node's shape; undefined where its own rule or one before it failed. */
  readonly shapes: readonly (Shape | undefined)[];
  /** The nodes whose own rule raised an error. */
  readonly failed: ReadonlySet<NodeId>;
}

export function inferShapes(net: ExpandedNetwork, input: Shape): Checked<NetworkShapes> {
  const diags: Diagnostic[] = [];
  const shapes: (Shape | undefined)[] = [];
  const failed = new Set<NodeId>();
  for (const node of net.nodes) {
    let shape: Shape | undefined;
    let found: readonly Diagnostic[] = [];
    switch (node.kind) {
      case "input":
        shape = input;
        break;
      case "const":
        shape = [];
        break;
      case "neg":
        shape = shapes[node.operand];
        break;
      case "binary": {
        const a = shapes[node.lhs];
        const b = shapes[node.rhs];
        if (!a || !b) break;
        const r = broadcast(a, b);
        if (r.ok) shape = r.shape;
        else found = [cannotBroadcast(node, a, b, r.axis, r.a, r.b)];
        break;
      }
      case "concat": {
        const parts = node.inputs.map((i) => shapes[i]);
        if (parts.some((p) => !p)) break;
        const r = concatShape(node, parts as Shape[]);
        if (r instanceof Diagnostic) found = [r];
        else shape = r;
        break;
      }
      case "layer": {
        const x = shapes[node.input];
        if (!x) break;
        const site = new LayerSite(node.call, node.bound, x, node.inputSpan);
        shape = standardLayer(node.layer)!.shape(site);
        found = site.diagnostics;
        break;
      }
    }
    shapes.push(shape);
    if (hasErrors(found)) failed.add(node.id);
    for (const item of found.map((d) => inUses(d, node.uses))) diags.push(item);
  }
  return { value: { shapes, failed }, diagnostics: diags };
}

function cannotBroadcast(
  e: ExpandedBinary,
  a: Shape,
  b: Shape,
  axis: number,
  x: number,
  y: number,
): Diagnostic {
  const verb = { "+": "add", "-": "subtract", "*": "multiply", "/": "divide" }[e.op];
  const n = Math.max(a.length, b.length);
  const which = axis === 1 ? "last dimensions" : `dimensions ${n - axis + 1} from the left`;
  return error("E3002", `cannot ${verb} tensors of shapes ${fmtShape(a)} and ${fmtShape(b)}`, [
    primary(e.span, `${which} differ: ${x} vs ${y}`),
    secondary(e.lhsSpan, `this has shape ${fmtShape(a)}`),
    secondary(e.rhsSpan, `this has shape ${fmtShape(b)}`),
  ]).withHelp("shapes must match, or be 1 where they differ (NumPy broadcasting)");
}

/** The shape of `concat(a, b, …)`: the first dimensions summed, the others equal (E3011 otherwise). */
function concatShape(e: ExpandedConcat, parts: readonly Shape[]): Shape | Diagnostic {
  const first = parts[0]!;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const rank = p.length === first.length && p.length > 0;
    const axis = rank ? p.findIndex((d, i) => i > 0 && d !== first[i]) : -1;
    if (rank && axis < 0) continue;
    const why = !rank
      ? p.length === 0 || first.length === 0
        ? "a scalar has no dimension to join along"
        : `ranks differ: ${first.length} vs ${p.length}`
      : `dimension ${axis + 1} differs: ${first[axis]} vs ${p[axis]}`;
    return error("E3011", `cannot concat tensors of shapes ${fmtShape(first)} and ${fmtShape(p)}`, [
      primary(e.span, why),
      secondary(e.inputSpans[0]!, `this has shape ${fmtShape(first)}`),
      secondary(e.inputSpans[k]!, `this has shape ${fmtShape(p)}`),
    ]).withHelp("concat joins along the first dimension (channels); every other dimension must agree");
  }
  return [parts.reduce((s, p) => s + p[0]!, 0), ...first.slice(1)];
}

/**
 * A shape error inside a user layer points at the layer's body; it depends on the use (its input and arguments),
 * so it also shows where the layer was applied, unless it already points there (an argument given at the call).
 */
function inUses(d: Diagnostic, uses: readonly Use[]): Diagnostic {
  return uses.reduce(
    (acc, use) =>
      within(d.span, use.span) ? acc : acc.withLabels(secondary(use.span, `in this use of \`${use.layer}\``)),
    d,
  );
}

function within(at: Span | undefined, outer: Span): boolean {
  return !!at && at.file === outer.file && at.start >= outer.start && at.end <= outer.end;
}
