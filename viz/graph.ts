// A compiled model → its computational graph as the lectures draw it (`nnc graph`): one node per layer (or per IR
// instruction with `ops`), the tensor's shape on each edge, the parameters as nodes of their own, then the loss, and
// with `grad` the backward pass that autodiff wrote. It reads the training step (`compiler/step.ts`): the
// instructions that the loss and the parameters' gradients depend on, grouped by the origin each carries
// (`compiler/ir/origin.ts`). The layers themselves come from the checked network, so that one whose lowering is
// no instruction at all (a `flatten` of a flat input) is still drawn.

import type { Func, Instr } from "../compiler/ir/types.js";
import type { Origin } from "../compiler/ir/origin.js";
import type { Value } from "../compiler/ir/value.js";
import type { CompiledModel } from "../compiler/pipeline.js";
import { fmtDims } from "../compiler/shape.js";

export type NodeKind = "input" | "target" | "param" | "layer" | "op" | "loss" | "backward" | "gradient";
export type EdgeKind = "forward" | "backward" | "saved";

export interface GraphNode {
  /** Unique in the graph; also the SVG element's id (`layer:linear1`, `param:linear1.weight`). */
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string;
  /** The cluster (one per layer, loss or backward pass of one) an instruction is drawn in, with `ops`. */
  readonly cluster?: string;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  /** The shapes of the tensors it carries (`[N, 10]`); none on a `saved` edge. */
  readonly label: string;
}

export interface Graph {
  readonly name: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Cluster id → its title, and whether it is a backward pass. */
  readonly clusters: ReadonlyMap<string, { readonly title: string; readonly backward: boolean }>;
}

export interface GraphOptions {
  /** Draw the backward pass too. */
  readonly grad?: boolean;
  /** One node per IR instruction instead of one per layer. */
  readonly ops?: boolean;
}

/** A value's shape as the edges show it: `[N, 784]`, a scalar `[]`. */
const shapeText = (v: Value): string => `[${v.type.shape.join(", ")}]`;

export function buildGraph(m: CompiledModel, opts: GraphOptions = {}): Graph {
  const step = m.programs.step;
  const f = step.train;
  const byName = new Map([...f.names].map(([id, name]) => [name, id]));
  const gradientIds = new Map<number, string>();
  for (const [param, name] of step.gradients) {
    const id = byName.get(name);
    if (id !== undefined) gradientIds.set(id, param);
  }
  const lossOut = f.outputs.find((o) => o.name === "loss")!.value.id;
  const live = liveInstructions(f, [lossOut, ...gradientIds.keys()]);
  const groups = groupInstructions(f, live);
  const shown = live.filter((ins) => opts.grad || !groups.get(ins.result.id)!.backward);

  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, { from: string; to: string; kind: EdgeKind; labels: Set<string> }>();
  const addNode = (n: GraphNode) => void (nodes.has(n.id) || nodes.set(n.id, n));
  const addEdge = (from: string, to: string, kind: EdgeKind, label?: string) => {
    if (from === to) return;
    const key = `${from}\u0000${to}`;
    const e = edges.get(key) ?? { from, to, kind, labels: new Set<string>() };
    if (label !== undefined && kind !== "saved") e.labels.add(label);
    edges.set(key, e);
  };

  // The network's nodes, each labelled as `nnc check` lists it, with the edges between them.
  const rowText = new Map(
    m.rows.filter((r) => r.nodes[1] - r.nodes[0] === 1).map((r) => [r.nodes[0], r.layer]),
  );
  const netLabel = (id: number): string => {
    const n = m.nodes[id]!;
    if (n.kind === "layer") return `${n.stage}\n${rowText.get(id) ?? n.layer}`;
    if (n.kind === "input") return `${n.name}\n${fmtDims(n.shape)}`;
    if (n.kind === "binary") return n.op;
    if (n.kind === "neg") return "−";
    if (n.kind === "concat") return "concat";
    return String(n.value);
  };
  const netId = (id: number): string => {
    const n = m.nodes[id]!;
    return n.kind === "layer" ? `layer:${n.stage}` : n.kind === "input" ? `input:${n.name}` : `net:${id}`;
  };
  const inputNode = m.nodes.find((n) => n.kind === "input");
  const targetId = `target:${m.target.name}`;
  const inputIds = new Map<number, string>();
  for (const { name, value } of f.inputs) {
    if (inputNode && name === m.input.name) inputIds.set(value.id, netId(inputNode.id));
    else if (name === m.target.name) inputIds.set(value.id, targetId);
    else if (step.params.some((p) => p.name === name)) inputIds.set(value.id, `param:${name}`);
    else inputIds.set(value.id, `input:${name}`);
  }
  const drawInput = (valueId: number) => {
    const id = inputIds.get(valueId)!;
    const input = f.inputs.find((i) => i.value.id === valueId)!;
    if (id.startsWith("param:"))
      addNode({ id, kind: "param", label: `${input.name}\n${shapeText(input.value)}` });
    else if (id === targetId) {
      const t = m.target;
      addNode({
        id,
        kind: "target",
        label: `${t.name}\n${t.kind === "class" ? `class(${t.classes})` : fmtDims(t.shape)}`,
      });
    } else addNode({ id, kind: "input", label: `${input.name}\n${shapeText(input.value)}` });
  };

  if (!opts.ops) {
    for (const n of m.nodes) {
      addNode({ id: netId(n.id), kind: n.kind === "input" ? "input" : "layer", label: netLabel(n.id) });
      const from =
        n.kind === "layer"
          ? [n.input]
          : n.kind === "binary"
            ? [n.lhs, n.rhs]
            : n.kind === "neg"
              ? [n.operand]
              : [];
      for (const src of from) {
        const s = m.nodes[src]!;
        addEdge(
          netId(src),
          netId(n.id),
          "forward",
          s.kind === "const" ? undefined : `[${["N", ...s.shape].join(", ")}]`,
        );
      }
    }
  }

  // A group's node: the network node it belongs to, or one for the loss, a penalty or a backward pass.
  const groupId = (g: Group): string =>
    g.node !== undefined && !g.backward ? netId(g.node) : `${g.backward ? "backward" : "loss"}:${g.key}`;
  const groupTitle = (g: Group): string => {
    if (g.node === undefined) return g.what.replace(/`/g, "");
    const first = netLabel(g.node).split("\n")[0]!;
    return g.backward ? `∂ ${first}` : first;
  };
  const producer = new Map(shown.map((ins) => [ins.result.id, ins]));
  const nodeOf = (ins: Instr): string =>
    opts.ops ? `op:%${ins.result.id}` : groupId(groups.get(ins.result.id)!);
  const clusters = new Map<string, { title: string; backward: boolean }>();
  for (const ins of shown) {
    const g = groups.get(ins.result.id)!;
    const to = nodeOf(ins);
    if (opts.ops) {
      clusters.set(g.key, { title: groupTitle(g), backward: g.backward });
      addNode({
        id: to,
        kind: g.backward ? "backward" : "op",
        label: `${ins.op}\n${shapeText(ins.result)}`,
        cluster: g.key,
      });
    } else
      addNode({
        id: to,
        kind: g.backward ? "backward" : g.node === undefined ? "loss" : "layer",
        label: groupTitle(g),
      });
    for (const a of ins.args) {
      const src = producer.get(a.id);
      if (!src && !inputIds.has(a.id)) continue; // a value of the backward pass, when only the forward one is drawn
      if (!src) drawInput(a.id);
      const from = src ? nodeOf(src) : inputIds.get(a.id)!;
      const srcGroup = src && groups.get(src.result.id)!;
      // Between two layers the checked network already drew the edge (and knows the layers without instructions).
      if (
        !opts.ops &&
        srcGroup &&
        !srcGroup.backward &&
        !g.backward &&
        srcGroup.node !== undefined &&
        g.node !== undefined
      )
        continue;
      const kind: EdgeKind = !g.backward ? "forward" : srcGroup?.backward ? "backward" : "saved";
      addEdge(from, to, kind, shapeText(a));
    }
  }
  if (opts.grad) {
    for (const [id, param] of gradientIds) {
      const ins = producer.get(id);
      if (!ins) continue;
      const to = `gradient:${param}`;
      addNode({ id: to, kind: "gradient", label: `∂ ${param}\n${shapeText(ins.result)}` });
      addEdge(nodeOf(ins), to, "backward", shapeText(ins.result));
    }
  }
  return {
    name: m.name,
    nodes: [...nodes.values()],
    edges: [...edges.values()].map((e) => ({
      from: e.from,
      to: e.to,
      kind: e.kind,
      label: [...e.labels].join("\n"),
    })),
    clusters,
  };
}

interface Group {
  readonly key: string;
  readonly what: string;
  readonly node?: number;
  readonly backward: boolean;
}

/** The instructions that the values `roots` depend on, in program order. */
function liveInstructions(f: Func, roots: readonly number[]): Instr[] {
  const need = new Set(roots);
  const out: Instr[] = [];
  for (let i = f.body.length - 1; i >= 0; i--) {
    const ins = f.body[i]!;
    if (!need.has(ins.result.id)) continue;
    out.push(ins);
    for (const a of ins.args) need.add(a.id);
  }
  return out.reverse();
}

/**
 * Each instruction's group, from its origin: a network node's forward or backward pass, or a loss, penalty or
 * their backward pass. One with no origin (a constant the builder shared) joins the group of its first reader.
 */
function groupInstructions(f: Func, live: readonly Instr[]): Map<number, Group> {
  const groups = new Map<number, Group>();
  const ofOrigin = (o: Origin): Group => ({
    key: o.node !== undefined ? `${o.backward ? "b" : "f"}${o.node}` : o.what,
    what: o.what,
    ...(o.node !== undefined && { node: o.node }),
    backward: o.backward === true,
  });
  for (const ins of live) {
    const o = f.origins?.get(ins.result.id);
    if (o) groups.set(ins.result.id, ofOrigin(o));
  }
  const other: Group = { key: "other", what: "other", backward: false };
  for (let i = live.length - 1; i >= 0; i--) {
    const ins = live[i]!;
    const g = groups.get(ins.result.id);
    for (const a of ins.args)
      if (g && !groups.has(a.id) && !f.inputs.some((x) => x.value.id === a.id)) groups.set(a.id, g);
    if (!g) groups.set(ins.result.id, other);
  }
  return groups;
}
