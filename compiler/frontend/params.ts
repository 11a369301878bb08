// The shaped network → its parameters: each standard layer's, in network order, named `${stage}.${name}` as the
// checkpoint keys (LANGUAGE §6, §10), each with its initialisation rule and, for a weight, the layer's own
// `regularize=`.

import type { ExpandedNetwork } from "./expanded.js";
import type { ParamInfo } from "../program.js";
import type { Shape } from "../shape.js";
import { standardLayer } from "../../stdlib/index.js";

export function registerParams(net: ExpandedNetwork, shapes: readonly Shape[]): ParamInfo[] {
  const params: ParamInfo[] = [];
  for (const node of net.nodes) {
    if (node.kind !== "layer") continue;
    const decls = standardLayer(node.layer)!.params?.(node.bound.args, shapes[node.input]!) ?? [];
    for (const p of decls) {
      params.push({
        name: `${node.stage}.${p.name}`,
        stage: node.stage,
        shape: p.shape,
        role: p.role,
        init: p.init,
        ...(p.regularizers && { regularizers: p.regularizers }),
      });
    }
  }
  return params;
}
