// A model's network → its checked layer graph, by the phases in order: expand (user layers, stage names, names;
// E2xxx), infer shapes (E3xxx), lint unused lines (W0003), then, once every node has a shape, the parameters and
// the summary rows.

import type * as A from "./ast.js";
import { expandNetwork } from "./expand.js";
import type { ExpandedNode } from "./expanded.js";
import { inferShapes } from "./infer-shapes.js";
import { registerParams } from "./params.js";
import { summaryRows } from "./summary-rows.js";
import { lintUnusedLines } from "./unused.js";
import type { Checked } from "../diagnostics.js";
import type { LayerUse, NetNode, ParamInfo, SummaryRow } from "../program.js";
import type { Shape } from "../shape.js";

export interface CheckedNetwork {
  readonly nodes: readonly NetNode[];
  readonly params: readonly ParamInfo[];
  readonly rows: readonly SummaryRow[];
  readonly uses: readonly LayerUse[];
}

export interface NetworkResult {
  /** The whole network, when every node has a shape. */
  readonly network: CheckedNetwork | undefined;
  /** The output, when its shape is known: the loss is checked against it even after errors elsewhere. */
  readonly output: NetNode | undefined;
  /** The user layers it expanded. */
  readonly used: ReadonlySet<A.LayerDecl>;
}

export function checkNetwork(
  body: A.Body,
  input: { readonly name: A.Ident; readonly shape: Shape },
  layers: ReadonlyMap<string, A.LayerDecl>,
): Checked<NetworkResult> {
  const expanded = expandNetwork(body, input.name, layers);
  const net = expanded.value;
  const shaped = inferShapes(net, input.shape);
  const diagnostics = [...expanded.diagnostics, ...shaped.diagnostics, ...lintUnusedLines(net, shaped.value)];
  const shapes = shaped.value.shapes;
  const out = net.output === undefined ? undefined : net.nodes[net.output];
  const outShape = out && shapes[out.id];
  const output = out && outShape && checkedNode(out, outShape);
  if (!allShaped(shapes)) return { value: { network: undefined, output, used: net.used }, diagnostics };
  const params = registerParams(net, shapes);
  const network = {
    nodes: net.nodes.map((n) => checkedNode(n, shapes[n.id]!)),
    params,
    rows: summaryRows(net, shapes, params),
    uses: net.rows.flatMap((r): LayerUse[] =>
      r.kind === "use" && r.output !== undefined
        ? [{ stage: r.stage, layer: r.layer, text: r.text, first: r.first, end: r.end, output: r.output }]
        : [],
    ),
  };
  return { value: { network, output, used: net.used }, diagnostics };
}

function allShaped(shapes: readonly (Shape | undefined)[]): shapes is readonly Shape[] {
  return shapes.every((s) => s !== undefined);
}

/** The node as the checked model holds it, with its shape. */
function checkedNode(n: ExpandedNode, shape: Shape): NetNode {
  const { id, span } = n;
  switch (n.kind) {
    case "input":
      return { kind: "input", name: n.name, shape, span, id };
    case "const":
      return { kind: "const", value: n.value, shape, span, id };
    case "neg":
      return { kind: "neg", operand: n.operand, shape, span, id };
    case "binary":
      return { kind: "binary", op: n.op, lhs: n.lhs, rhs: n.rhs, shape, span, id };
    case "concat":
      return { kind: "concat", inputs: n.inputs, shape, span, id };
    case "layer":
      return {
        kind: "layer",
        layer: n.layer,
        args: n.bound.args,
        input: n.input,
        stage: n.stage,
        shape,
        span,
        id,
      };
  }
}
