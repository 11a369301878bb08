// The shaped network and its parameters → the rows of `nnc check`'s table: each stage, arithmetic line and user
// layer with its output shape and trainable parameter count (buffers excluded, as PyTorch counts).

import { valueText } from "./args.js";
import type { ExpandedNetwork } from "./expanded.js";
import type { ParamInfo, SummaryRow } from "../program.js";
import { numel, type Shape } from "../shape.js";
import { spanText } from "../source.js";

export function summaryRows(
  net: ExpandedNetwork,
  shapes: readonly Shape[],
  params: readonly ParamInfo[],
): SummaryRow[] {
  const perStage = new Map<string, number>();
  for (const p of params)
    if (p.role !== "buffer") perStage.set(p.stage, (perStage.get(p.stage) ?? 0) + numel(p.shape));
  const count = (id: number): number => {
    const node = net.nodes[id]!;
    return node.kind === "layer" ? (perStage.get(node.stage) ?? 0) : 0;
  };
  return net.rows.map((row): SummaryRow => {
    if (row.kind === "use") {
      let params = 0;
      for (let id = row.first; id < row.end; id++) params += count(id);
      const shape = row.output === undefined ? [] : shapes[row.output]!;
      return {
        depth: row.depth,
        name: row.stage,
        layer: row.text,
        shape,
        params,
        nodes: [row.first, row.end],
        span: row.span,
      };
    }
    const node = net.nodes[row.node]!;
    const shape = shapes[node.id]!;
    const nodes = [node.id, node.id + 1] as const;
    switch (node.kind) {
      case "input":
        return {
          depth: row.depth,
          name: node.name,
          layer: "input",
          shape,
          params: 0,
          nodes,
          span: node.span,
        };
      case "layer":
        return {
          depth: row.depth,
          name: node.stage,
          layer: valueText(node.call),
          shape,
          params: count(node.id),
          nodes,
          span: node.span,
        };
      default:
        return {
          depth: row.depth,
          name: "",
          layer: compact(spanText(node.span)),
          shape,
          params: 0,
          nodes,
          span: node.span,
        };
    }
  });
}

/** One line of source, for the rows of arithmetic. */
function compact(text: string): string {
  const s = text.replace(/\s+/g, " ");
  return s.length > 28 ? s.slice(0, 27) + "…" : s;
}
