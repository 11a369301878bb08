// A computational graph (graph.ts) → Graphviz's DOT language: the text `nnc graph` prints, and what the WebAssembly
// Graphviz lays out for SVG and PNG. The forward pass in the lectures' blues and ambers, the backward pass in red
// (its edges run from the loss back to the parameters' gradients), the activations a backward step reads again
// dashed and grey, and left out of the ranking so that the forward pass stays top to bottom.

import type { EdgeKind, Graph, NodeKind } from "./graph.js";

const FONT = 'fontname="DejaVu Sans"';
const RED = "#c62828";

const NODE_STYLE: Record<NodeKind, string> = {
  input: 'shape=box, style="rounded,filled", fillcolor="#dbe9f6", color="#4a78a8"',
  target: 'shape=box, style="rounded,filled", fillcolor="#dbe9f6", color="#4a78a8"',
  param: 'shape=ellipse, style=filled, fillcolor="#eeeeee", color="#888888", fontsize=9',
  layer: 'shape=box, style="rounded,filled", fillcolor="#fff1cc", color="#b8860b"',
  op: 'shape=box, style="rounded,filled", fillcolor="#fff1cc", color="#b8860b", fontsize=9',
  loss: 'shape=box, style="rounded,filled", fillcolor="#ffe0b2", color="#e65100"',
  backward: `shape=box, style="rounded,filled", fillcolor="#fdecea", color="${RED}", fontcolor="${RED}"`,
  gradient: `shape=ellipse, style=filled, fillcolor="#fdecea", color="${RED}", fontcolor="${RED}", fontsize=9`,
};

const EDGE_STYLE: Record<EdgeKind, string> = {
  forward: 'color="#555555"',
  backward: `color="${RED}", fontcolor="${RED}"`,
  saved: 'color="#aaaaaa", style=dashed, arrowhead=empty, constraint=false',
};

export function graphToDot(g: Graph): string {
  const out = [
    `digraph ${quote(g.name)} {`,
    `  graph [rankdir=TB, ${FONT}, fontsize=11, nodesep=0.3, ranksep=0.35, label=${quote(g.name)}, labelloc=t];`,
    `  node [${FONT}, fontsize=10, margin="0.12,0.04"];`,
    `  edge [${FONT}, fontsize=8, arrowsize=0.6];`,
  ];
  const inCluster = new Map<string, string[]>();
  for (const n of g.nodes) {
    const line = `${quote(n.id)} [id=${quote(n.id)}, label=${quote(n.label)}, ${NODE_STYLE[n.kind]}];`;
    if (n.cluster === undefined) out.push(`  ${line}`);
    else inCluster.set(n.cluster, [...(inCluster.get(n.cluster) ?? []), line]);
  }
  let i = 0;
  for (const [key, lines] of inCluster) {
    const { title, backward: red } = g.clusters.get(key) ?? { title: key, backward: false };
    out.push(`  subgraph ${quote(`cluster_${i++}`)} {`);
    out.push(
      `    label=${quote(title)}; style="rounded,dashed"; color="${red ? RED : "#999999"}"; fontcolor="${red ? RED : "#333333"}";`,
    );
    for (const l of lines) out.push(`    ${l}`);
    out.push("  }");
  }
  for (const e of g.edges) {
    const label = e.label ? `label=${quote(e.label)}, ` : "";
    out.push(`  ${quote(e.from)} -> ${quote(e.to)} [${label}${EDGE_STYLE[e.kind]}];`);
  }
  out.push("}");
  return out.join("\n") + "\n";
}

/** A DOT string: quotes and backslashes escaped, line breaks as centred `\n`, control characters dropped. */
export function quote(s: string): string {
  const body = [...s]
    .map((c) => (c === "\n" ? "\\n" : c === '"' || c === "\\" ? `\\${c}` : c < " " || c === "\x7f" ? "" : c))
    .join("");
  return `"${body}"`;
}
