// The checked model → `model.py`: an `nn.Module` per model and per user layer, written as a person would write them.
// Each stage is a submodule attribute named as the stage is (`linear1`, and `residual1` holding `conv2d2`), so
// `state_dict()` keys are nnc's checkpoint keys (LANGUAGE §6, §10). `forward` applies the nodes in order; a value
// takes over the variable of an operand that nothing later reads, so a chain of stages reads `x = ...(x)` and a
// residual block `h = ...(x)` then `x = x + h`.

import { baseName } from "../file-name.js";
import { bug } from "../diagnostics.js";
import type { CheckedModel, LayerUse, NetNode, NodeId } from "../program.js";
import { layerCode } from "./py-layers.js";
import { attributeProblem, ExportError, pyClassName, pyNumber, pyVariable } from "./py-names.js";
import { BATCHNORM_CLASS } from "./py-static.js";

/** A body's items in order: a node of its own, or a nested user layer applied to a value. */
type Item =
  | { readonly kind: "node"; readonly node: NetNode }
  | { readonly kind: "call"; readonly use: LayerUse; readonly input: NodeId };

interface Emitted {
  readonly init: string[];
  readonly forward: string[];
  readonly batchnorm: boolean;
}

/** `model.py` for `m`. */
export function emitModelPy(m: CheckedModel, version: string): string {
  const classes = new ClassNames(m.name);
  const bodies: string[] = [];
  let batchnorm = false;
  const emit = (scope: LayerUse | undefined): Emitted => {
    const e = emitBody(m, scope, (use) => {
      const child = emit(use);
      const text = classText("CLASS", `\`${use.text}\`, a user layer.`, child, "x");
      const { name, fresh } = classes.of(use.layer, text);
      if (fresh) bodies.push(text.replace("class CLASS(", `class ${name}(`));
      return `${name}()`;
    });
    batchnorm ||= e.batchnorm;
    return e;
  };
  const top = emit(undefined);
  const file = baseName(m.span.file.name);
  const doc =
    `${m.name} of ${file}. Its state_dict() keys and layouts are nnc's checkpoint keys, so\n` +
    `    \`load_state_dict(load_file("${m.name}.safetensors"))\` loads what \`nnc train\` saved.`;
  const model = classText(m.name, doc, top, pyVariable(m.input.name));
  const header = [
    `# ${m.name}, exported by nnc ${version} from ${file}.`,
    "import torch",
    "import torch.nn.functional as F",
    "from torch import nn",
  ];
  return [header.join("\n"), ...(batchnorm ? [BATCHNORM_CLASS] : []), ...bodies, model].join("\n\n\n") + "\n";
}

function classText(name: string, doc: string, e: Emitted, input: string): string {
  const lines = [`class ${name}(nn.Module):`, `    """${doc}"""`];
  if (e.init.length > 0) {
    lines.push("", "    def __init__(self):", "        super().__init__()");
    lines.push(...e.init.map((l) => `        ${l}`));
  }
  lines.push("", `    def forward(self, ${input}):`, ...e.forward.map((l) => `        ${l}`));
  return lines.join("\n");
}

/** Class names: one per user layer, and a numbered variant when its uses differ (other widths, other shapes). */
class ClassNames {
  private readonly byText = new Map<string, string>();
  private readonly taken = new Set<string>(["BatchNorm"]);

  constructor(model: string) {
    this.taken.add(model);
  }

  of(layer: string, text: string): { name: string; fresh: boolean } {
    const known = this.byText.get(text);
    if (known) return { name: known, fresh: false };
    const base = pyClassName(layer);
    let name = this.taken.has(base) ? `${base}Layer` : base;
    for (let k = 2; this.taken.has(name); k++) name = `${base}${k}`;
    this.taken.add(name);
    this.byText.set(text, name);
    return { name, fresh: true };
  }
}

/** The `__init__` and `forward` lines of the model (scope undefined) or of one user layer's application. */
function emitBody(m: CheckedModel, scope: LayerUse | undefined, child: (use: LayerUse) => string): Emitted {
  const first = scope?.first ?? 0;
  const end = scope?.end ?? m.nodes.length;
  const prefix = scope ? `${scope.stage}.` : "";
  const items: Item[] = [];
  const init: string[] = [];
  let batchnorm = false;
  const attribute = (stage: string): string => {
    const name = stage.slice(prefix.length);
    const why = attributeProblem(name);
    if (why) {
      throw new ExportError(
        `stage \`${stage}\` cannot be exported to PyTorch: \`${name}\` ${why}; name the stage otherwise (\`my_${name}: ...\`)`,
      );
    }
    return name;
  };
  let input: NodeId | undefined;
  for (let id = first; id < end;) {
    // A user layer whose body only returns `in` made no nodes, owns nothing and is left out.
    const use = m.uses.find(
      (u) => u.first === id && u.end > u.first && u.stage.startsWith(prefix) && isDirect(u, prefix),
    );
    if (use) {
      init.push(`self.${attribute(use.stage)} = ${child(use)}`);
      const from = inputOf(m, use);
      if (use.output >= use.first) items.push({ kind: "call", use, input: from });
      id = Math.max(use.end, id + 1);
      continue;
    }
    const node = m.nodes[id]!;
    if (node.kind === "layer") {
      const code = layerCode(node, m.nodes[node.input]!.shape);
      if (code.module) init.push(`self.${attribute(node.stage)} = ${code.module}`);
      batchnorm ||= code.batchnorm === true;
    }
    if (node.kind === "input") input = node.id;
    items.push({ kind: "node", node });
    id++;
  }
  const output = scope ? scope.output : m.nodes.length - 1;
  const entry = scope ? inputOf(m, scope) : (input ?? bug("a network without its input"));
  const entryName = scope ? "x" : pyVariable(m.input.name);
  return { init, forward: forwardLines(m, items, entry, entryName, output, prefix), batchnorm };
}

/** Whether `u` lies directly in the scope of `prefix`, not inside another user layer within it. */
function isDirect(u: LayerUse, prefix: string): boolean {
  return !u.stage.slice(prefix.length).includes(".");
}

/** The value a user layer was applied to: the one operand its nodes read from outside them. */
function inputOf(m: CheckedModel, use: LayerUse): NodeId {
  if (use.output < use.first) return use.output;
  for (let id = use.first; id < use.end; id++)
    for (const o of operands(m.nodes[id]!)) if (o < use.first) return o;
  return bug(`user layer ${use.stage} reads no input`);
}

function operands(n: NetNode): NodeId[] {
  switch (n.kind) {
    case "layer":
      return [n.input];
    case "binary":
      return [n.lhs, n.rhs];
    case "neg":
      return [n.operand];
    case "concat":
      return [...n.inputs];
    default:
      return [];
  }
}

function forwardLines(
  m: CheckedModel,
  items: readonly Item[],
  entry: NodeId,
  entryName: string,
  output: NodeId,
  prefix: string,
): string[] {
  const reads = (it: Item): NodeId[] => (it.kind === "call" ? [it.input] : operands(it.node));
  const produces = (it: Item): NodeId => (it.kind === "call" ? it.use.output : it.node.id);
  const lastRead = new Map<NodeId, number>();
  items.forEach((it, i) => reads(it).forEach((o) => lastRead.set(o, i)));
  lastRead.set(output, items.length);
  const value = new Map<NodeId, string>([[entry, entryName]]);
  const free: string[] = [];
  let fresh = 0;
  const newName = () => (fresh++ === 0 ? "h" : `h${fresh}`);
  const lines: string[] = [];
  items.forEach((it, i) => {
    if (it.kind === "node" && it.node.kind === "input") return;
    if (it.kind === "node" && it.node.kind === "const") {
      value.set(it.node.id, pyNumber(it.node.value));
      return;
    }
    const args = reads(it).map((o) => value.get(o) ?? bug(`value ${o} used before it is made`));
    const expr =
      it.kind === "call"
        ? `self.${it.use.stage.slice(prefix.length)}(${args[0]})`
        : nodeExpr(m, it.node, args);
    // Operands read for the last time free their variables; the result takes the first of them.
    const freed: string[] = [];
    for (const o of new Set(reads(it)))
      if (lastRead.get(o) === i && m.nodes[o]!.kind !== "const") freed.push(value.get(o)!);
    free.unshift(...freed);
    const name = free.shift() ?? newName();
    value.set(produces(it), name);
    if (lastRead.get(produces(it)) === undefined) free.unshift(name);
    lines.push(`${name} = ${expr}`);
  });
  lines.push(`return ${value.get(output) ?? bug("the output is never made")}`);
  return lines;
}

function nodeExpr(m: CheckedModel, n: NetNode, args: readonly string[]): string {
  switch (n.kind) {
    case "layer":
      return layerCode(n, m.nodes[n.input]!.shape).apply(args[0]!, `self.${n.stage.split(".").at(-1)}`);
    case "neg":
      return `-${args[0]}`;
    case "binary": {
      const [lhs, rhs] = [n.lhs, n.rhs].map((o, i) => broadcastTo(m.nodes[o]!, args[i]!, n.shape.length));
      return `${lhs} ${n.op} ${rhs}`;
    }
    case "concat":
      // Along the first per-example dimension (channels), as LANGUAGE §5 defines it.
      return `torch.cat([${args.join(", ")}], dim=1)`;
    default:
      return bug(`no expression for a ${n.kind} node`);
  }
}

/**
 * nnc broadcasts per-example shapes and puts the batch in front; PyTorch aligns whole shapes from the right, so an
 * operand of lower rank gets its ones after the batch dimension: [N, w] against [N, c, h, w] is [N, 1, 1, w].
 */
function broadcastTo(n: NetNode, expr: string, rank: number): string {
  if (n.kind === "const" || n.shape.length === rank) return expr;
  const dims = [...Array<number>(rank - n.shape.length).fill(1), ...n.shape];
  return `${expr}.reshape(-1, ${dims.join(", ")})`;
}
