// The checked layer graph → forward IR: each standard layer lowers itself to primitive ops (stdlib/), arithmetic
// maps to the element-wise ops, and per-example shapes gain the leading batch axis N.

import type { Builder } from "../ir/builder.js";
import type { Value } from "../ir/value.js";
import type { Origin } from "../ir/origin.js";
import type { CheckedModel, NetNode } from "../program.js";
import { standardLayer } from "../../stdlib/index.js";
import type { Shape } from "../shape.js";

export interface ForwardOptions {
  readonly training: boolean;
  /** The step's seed (i32 scalar), for dropout. */
  readonly seed: Value;
  /** Where buffers' new values go, by parameter name, when training. */
  readonly updates?: Map<string, Value>;
}

/** Emits the network into `b`; returns its output. */
export function lowerNetwork(
  b: Builder,
  m: CheckedModel,
  x: Value,
  params: ReadonlyMap<string, Value>,
  opts: ForwardOptions,
): Value {
  const values: (Value | undefined)[] = [];
  let stream = 0;
  for (const node of m.nodes) b.within(originOf(node), () => lowerNode(node));
  return values[m.nodes.length - 1]!;

  function lowerNode(node: NetNode): void {
    switch (node.kind) {
      case "input":
        values[node.id] = x;
        break;
      case "const":
        values[node.id] = b.scalar(node.value);
        break;
      case "neg":
        values[node.id] = b.neg(values[node.operand]!);
        break;
      case "binary": {
        const lhs = withRank(b, values[node.lhs]!, m.nodes[node.lhs]!.shape, node.shape);
        const rhs = withRank(b, values[node.rhs]!, m.nodes[node.rhs]!.shape, node.shape);
        const op = ({ "+": "add", "-": "sub", "*": "mul", "/": "div" } as const)[node.op];
        values[node.id] = b.op(op, [lhs, rhs], {});
        break;
      }
      case "concat": {
        // Pairwise along axis 1, the first per-example axis (torch.cat(dim=1)).
        const [first, ...rest] = node.inputs.map((i) => values[i]!);
        values[node.id] = rest.reduce((acc, v) => b.concat(acc, v, 1), first!);
        break;
      }
      case "layer": {
        const def = standardLayer(node.layer)!;
        const stage = node.stage;
        values[node.id] = def.lower({
          b,
          x: values[node.input]!,
          args: node.args as never,
          param: (name) => params.get(`${stage}.${name}`) ?? bugMissing(`${stage}.${name}`),
          update: (name, v) => opts.updates?.set(`${stage}.${name}`, v),
          training: opts.training,
          seed: opts.seed,
          stream: stream++,
        });
        break;
      }
    }
  }
}

function originOf(node: NetNode): Origin | undefined {
  if (node.kind === "layer") return { what: `layer \`${node.stage}\``, span: node.span, node: node.id };
  if (node.kind === "binary") return { what: `\`${node.op}\``, span: node.span, node: node.id };
  if (node.kind === "neg") return { what: "`-`", span: node.span, node: node.id };
  if (node.kind === "concat") return { what: "`concat`", span: node.span, node: node.id };
  return undefined;
}

/**
 * Per-example broadcasting aligns shapes from the right *after* N: a [N, 3] operand meeting [N, 2, 3] becomes
 * [N, 1, 3] first, so that N never lines up with a per-example axis. Constants (shape []) broadcast as they are.
 */
function withRank(b: Builder, v: Value, shape: Shape, target: Shape): Value {
  if (v.type.shape.length === 0 || shape.length === target.length) return v;
  return b.reshape(v, ["N", ...Array<number>(target.length - shape.length).fill(1), ...shape]);
}

function bugMissing(name: string): never {
  throw new Error(`compiler bug: no parameter ${name}`);
}
