// Network bodies → the checked layer graph. Expands user layers (binding their arguments), names every stage
// (LANGUAGE §6), resolves graph-form names, and runs each standard layer's shape rule. Errors are E2xxx (names)
// and E3xxx (shapes); after a shape error the stages downstream are still resolved, but not shape-checked.

import type * as A from "./ast.js";
import { bindArgs, unknownName, valueText } from "./args.js";
import { error, primary, secondary, warning, type Diagnostic } from "../diagnostics.js";
import type { NetNode, NodeId, ParamInfo, SummaryRow } from "../program.js";
import type { RegularizerSpec } from "./model-specs.js";
import { fmtShape, numel, type Shape } from "../shape.js";
import { spanText, type Span } from "../source.js";
import { suggest } from "./suggest.js";
import { LayerSite, STANDARD_LAYERS, standardLayer, type StandardLayerName } from "../../stdlib/index.js";

export interface NetworkResult {
  readonly nodes: NetNode[];
  readonly params: ParamInfo[];
  readonly rows: SummaryRow[];
  /** The output node, or undefined when a shape error leaves it unknown. */
  readonly output: NodeId | undefined;
}

/** Where a body is being expanded: a model's network, or a user layer inside it. */
interface Scope {
  readonly prefix: string;
  readonly env: ReadonlyMap<string, A.Value>;
  /** The name the body uses for its input: the model's input name, or `in` inside a layer. */
  readonly inputName: string;
  readonly input: NodeId | undefined;
  readonly inputSpan: Span | undefined;
  /** User layers being expanded, outermost first, to catch a layer that uses itself. */
  readonly stack: readonly A.LayerDecl[];
  readonly depth: number;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A value known to stand for a node (or to be unknown after an error). */
type Val = { readonly node: NodeId | undefined; readonly span: Span };

export class NetworkBuilder {
  readonly nodes: NetNode[] = [];
  readonly params: ParamInfo[] = [];
  readonly rows: SummaryRow[] = [];
  /** User layers expanded at least once: the others get a name check of their own (`lintLayer`). */
  readonly used = new Set<A.LayerDecl>();

  constructor(
    private readonly layers: ReadonlyMap<string, A.LayerDecl>,
    private readonly diags: Diagnostic[],
  ) {}

  /** Expands a model's network over its input. */
  build(body: A.Body, input: { name: A.Ident; shape: Shape }): NetworkResult {
    const id = this.add({ kind: "input", name: input.name.name, shape: input.shape, span: input.name.span });
    this.rows.push({ depth: 0, name: input.name.name, layer: "input", shape: input.shape, params: 0 });
    const scope: Scope = {
      prefix: "",
      env: new Map(),
      inputName: input.name.name,
      input: id,
      inputSpan: input.name.span,
      stack: [],
      depth: 0,
    };
    const out = this.body(body, scope);
    return { nodes: this.nodes, params: this.params, rows: this.rows, output: out.node };
  }

  shapeOf(id: NodeId): Shape {
    return this.nodes[id]!.shape;
  }

  private add(node: DistributiveOmit<NetNode, "id">): NodeId {
    const id = this.nodes.length;
    this.nodes.push({ ...node, id } as unknown as NetNode);
    return id;
  }

  private body(body: A.Body, scope: Scope): Val {
    const names = this.stageNames(body, scope);
    if (body.kind === "sequential") {
      let cur: Val = { node: scope.input, span: scope.inputSpan ?? body.span };
      for (const stage of body.stages) {
        cur = this.apply(stage.layer, cur, names.get(stage.layer)!, scope);
      }
      return cur;
    }
    const errorsBefore = this.errorCount();
    const env = new Map<string, Val & { used: boolean; binding: A.Binding }>();
    const declared = new Map(body.bindings.map((b) => [b.name.name, b] as const));
    for (const b of body.bindings) {
      if (b.name.name === scope.inputName || b.name.name === "in") {
        this.diags.push(
          error("E2009", `\`${b.name.name}\` already names the input`, [
            primary(b.name.span, "rebinds the input"),
          ]).withHelp("choose another name"),
        );
      }
      const prev = env.get(b.name.name);
      if (prev) {
        this.diags.push(
          error("E2009", `\`${b.name.name}\` is defined twice`, [
            primary(b.name.span, "defined again here"),
            secondary(prev.binding.name.span, "first defined here"),
          ]).withHelp("give each intermediate result its own name"),
        );
      }
      const v = this.expr(b.expr, scope, names, env, declared);
      env.set(b.name.name, { ...v, span: b.expr.span, used: false, binding: b });
    }
    const result = this.expr(body.result, scope, names, env, declared);
    // After an error here, "never used" is most often its echo (a misspelt or misplaced use): stay quiet.
    if (this.errorCount() > errorsBefore) return result;
    for (const [name, v] of env) {
      if (!v.used) {
        this.diags.push(
          warning("W0003", `\`${name}\` is never used`, [
            primary(v.binding.name.span, "defined here"),
          ]).withHelp("use it in a later line or in `return`, or delete it"),
        );
      }
    }
    return result;
  }

  private errorCount(): number {
    return this.diags.filter((d) => d.severity === "error").length;
  }

  private expr(
    e: A.Expr,
    scope: Scope,
    names: ReadonlyMap<A.CallValue, string>,
    env: Map<string, Val & { used: boolean; binding: A.Binding }>,
    declared: ReadonlyMap<string, A.Binding>,
  ): Val {
    switch (e.kind) {
      case "ref": {
        const name = e.name.name;
        if (name === "?") return { node: undefined, span: e.span }; // a missing `return`, already reported
        if (name === scope.inputName) return { node: scope.input, span: e.span };
        const v = env.get(name);
        if (v) {
          v.used = true;
          return { node: v.node, span: v.span };
        }
        this.diags.push(this.unknownRef(e.name, scope, env, declared));
        return { node: undefined, span: e.span };
      }
      case "num":
        return {
          node: this.add({ kind: "const", value: e.value.value, shape: [], span: e.span }),
          span: e.span,
        };
      case "neg": {
        const x = this.expr(e.operand, scope, names, env, declared);
        if (x.node === undefined) return { node: undefined, span: e.span };
        const shape = this.shapeOf(x.node);
        this.rows.push({ depth: scope.depth, name: "", layer: compact(spanText(e.span)), shape, params: 0 });
        return { node: this.add({ kind: "neg", operand: x.node, shape, span: e.span }), span: e.span };
      }
      case "binary": {
        const lhs = this.expr(e.lhs, scope, names, env, declared);
        const rhs = this.expr(e.rhs, scope, names, env, declared);
        if (lhs.node === undefined || rhs.node === undefined) return { node: undefined, span: e.span };
        const shape = this.broadcast(e, lhs, rhs);
        if (!shape) return { node: undefined, span: e.span };
        const node = this.add({
          kind: "binary",
          op: e.op,
          lhs: lhs.node,
          rhs: rhs.node,
          shape,
          span: e.span,
        });
        this.rows.push({ depth: scope.depth, name: "", layer: compact(spanText(e.span)), shape, params: 0 });
        return { node, span: e.span };
      }
      case "apply": {
        const input = this.expr(e.input, scope, names, env, declared);
        return this.apply(e.layer, input, names.get(e.layer)!, scope);
      }
    }
  }

  private unknownRef(
    id: A.Ident,
    scope: Scope,
    env: ReadonlyMap<string, unknown>,
    declared: ReadonlyMap<string, A.Binding>,
  ): Diagnostic {
    const later = declared.get(id.name);
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
    const known = [scope.inputName, ...env.keys()];
    const near = suggest(id.name, known);
    const d = error("E2007", `unknown name \`${id.name}\``, [primary(id.span, "not defined")]);
    if (near) return d.withHelp(`did you mean \`${near}\`?`);
    if (this.layers.has(id.name) || standardLayer(id.name))
      return d.withHelp(`\`${id.name}\` is a layer: apply it with \`-> ${id.name}\``);
    return d.withHelp(`the names here are ${known.map((k) => `\`${k}\``).join(", ")}`);
  }

  /** NumPy broadcasting over per-example shapes (the batch dimension is shared). */
  private broadcast(e: A.BinaryExpr, lhs: Val, rhs: Val): Shape | undefined {
    const a = this.shapeOf(lhs.node!);
    const b = this.shapeOf(rhs.node!);
    const n = Math.max(a.length, b.length);
    const out: number[] = [];
    for (let i = 1; i <= n; i++) {
      const x = a.at(-i) ?? 1;
      const y = b.at(-i) ?? 1;
      if (x === y || y === 1) out.unshift(x);
      else if (x === 1) out.unshift(y);
      else {
        const verb = { "+": "add", "-": "subtract", "*": "multiply", "/": "divide" }[e.op];
        const which = i === 1 ? "last dimensions" : `dimensions ${n - i + 1} from the left`;
        this.diags.push(
          error("E3002", `cannot ${verb} tensors of shapes ${fmtShape(a)} and ${fmtShape(b)}`, [
            primary(e.span, `${which} differ: ${x} vs ${y}`),
            secondary(lhs.span, `this has shape ${fmtShape(a)}`),
            secondary(rhs.span, `this has shape ${fmtShape(b)}`),
          ]).withHelp("shapes must match, or be 1 where they differ (NumPy broadcasting)"),
        );
        return undefined;
      }
    }
    return out;
  }

  /**
   * Stage names (LANGUAGE §6): a named stage keeps its name; an unnamed one is its layer's name and its rank among
   * the stages of that layer in this body, from 1, in source order, named ones counted.
   */
  private stageNames(body: A.Body, scope: Scope): Map<A.CallValue, string> {
    const sites: { call: A.CallValue; name?: A.Ident }[] = [];
    if (body.kind === "sequential")
      for (const s of body.stages) sites.push({ call: s.layer, ...(s.name && { name: s.name }) });
    else {
      const visit = (e: A.Expr): void => {
        if (e.kind === "apply") {
          visit(e.input);
          sites.push({ call: e.layer });
        } else if (e.kind === "binary") {
          visit(e.lhs);
          visit(e.rhs);
        } else if (e.kind === "neg") visit(e.operand);
      };
      for (const b of body.bindings) visit(b.expr);
      visit(body.result);
    }
    sites.sort((a, b) => a.call.span.start - b.call.span.start);
    const rank = new Map<string, number>();
    const names = new Map<A.CallValue, string>();
    const taken = new Map<string, Span>();
    for (const site of sites) {
      const layer = site.call.callee.name;
      const r = (rank.get(layer) ?? 0) + 1;
      rank.set(layer, r);
      const name = site.name?.name ?? `${layer}${r}`;
      const at = site.name?.span ?? site.call.span;
      const prev = taken.get(name);
      if (prev) {
        this.diags.push(
          error("E2008", `two stages are named \`${scope.prefix}${name}\``, [
            primary(at, site.name ? "named here" : `this unnamed \`${layer}\` is \`${name}\``),
            secondary(prev, "and here"),
          ]).withHelp("rename the named stage: unnamed stages are named after their layer and rank"),
        );
      }
      taken.set(name, at);
      names.set(site.call, name);
    }
    return names;
  }

  /** Applies the layer `call` names, as stage `stage`, to `input`. */
  private apply(rawCall: A.CallValue, input: Val, stage: string, scope: Scope): Val {
    const name = rawCall.callee.name;
    const call = {
      ...rawCall,
      args: rawCall.args.map((a) => ({ ...a, value: substitute(a.value, scope.env) })),
    };
    const fullName = scope.prefix + stage;
    if (scope.env.has(name)) {
      this.diags.push(
        error(
          "E2001",
          `\`${name}\` is an argument of layer \`${scope.stack.at(-1)!.name.name}\`, not a layer`,
          [primary(rawCall.callee.span, "used as a layer")],
        ).withHelp("layers cannot be passed as arguments; write the layer here"),
      );
      return { node: undefined, span: call.span };
    }
    const std = standardLayer(name);
    if (std) return this.applyStandard(name as StandardLayerName, call, input, fullName, scope);
    const user = this.layers.get(name);
    if (user) return this.applyUser(user, call, input, fullName, scope);
    this.diags.push(this.unknownLayer(call.callee));
    return { node: undefined, span: call.span };
  }

  /**
   * Checks the names in a user layer that no model uses, so that a typo there is caught before its first use.
   * Arguments and shapes can only be checked where the layer is applied.
   */
  lint(decl: A.LayerDecl): void {
    const params = new Set(decl.params.map((p) => p.name.name));
    const check = (call: A.CallValue): void => {
      const name = call.callee.name;
      if (!standardLayer(name) && !this.layers.has(name) && !params.has(name))
        this.diags.push(this.unknownLayer(call.callee));
    };
    const body = decl.body;
    if (body.kind === "sequential") {
      body.stages.forEach((s) => check(s.layer));
      return;
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
      else if (e.kind === "ref" && !bound.has(e.name.name) && e.name.name !== "?") {
        const near = suggest(e.name.name, [...bound]);
        const d = error("E2007", `unknown name \`${e.name.name}\``, [primary(e.name.span, "not defined")]);
        this.diags.push(
          near ? d.withHelp(`did you mean \`${near}\`?`) : d.withHelp("a layer's input is `in`"),
        );
      }
    };
    for (const b of body.bindings) {
      visit(b.expr);
      bound.add(b.name.name);
    }
    visit(body.result);
  }

  unknownLayer(id: A.Ident): Diagnostic {
    const known = [...Object.keys(STANDARD_LAYERS), ...this.layers.keys()];
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

  private applyStandard(
    name: StandardLayerName,
    call: A.CallValue,
    input: Val,
    stage: string,
    scope: Scope,
  ): Val {
    const def = standardLayer(name)!;
    const bound = bindArgs(call, def.sig, `layer \`${name}\``, this.diags);
    if (!bound || input.node === undefined) return { node: undefined, span: call.span };
    const inShape = this.shapeOf(input.node);
    const site = new LayerSite(call, bound, inShape, input.span, this.diags);
    const shape = def.shape(site);
    if (!shape) return { node: undefined, span: call.span };
    const decls = def.params?.(bound.args, inShape) ?? [];
    const own = bound.args["regularize"] as RegularizerSpec | undefined;
    for (const p of decls) {
      this.params.push({
        name: `${stage}.${p.name}`,
        stage,
        shape: p.shape,
        role: p.role,
        ...(own && p.role === "weight" && { regularizers: [own] }),
      });
    }
    const count = decls.filter((p) => p.role !== "buffer").reduce((s, p) => s + numel(p.shape), 0);
    this.rows.push({ depth: scope.depth, name: stage, layer: valueText(call), shape, params: count });
    const node = this.add({
      kind: "layer",
      layer: name,
      args: bound.args,
      input: input.node,
      stage,
      shape,
      span: call.span,
    });
    return { node, span: call.span };
  }

  private applyUser(decl: A.LayerDecl, call: A.CallValue, input: Val, stage: string, scope: Scope): Val {
    this.used.add(decl);
    if (scope.stack.includes(decl)) {
      const chain = [...scope.stack.slice(scope.stack.indexOf(decl)), decl]
        .map((l) => `\`${l.name.name}\``)
        .join(" → ");
      this.diags.push(
        error("E2012", `layer \`${decl.name.name}\` uses itself`, [
          primary(call.callee.span, "used inside its own definition"),
          secondary(decl.name.span, "defined here"),
        ]).withHelp(`a layer cannot contain itself: ${chain}`),
      );
      return { node: undefined, span: call.span };
    }
    const env = this.bindUserArgs(decl, call);
    if (!env) return { node: undefined, span: call.span };
    const row = this.rows.length;
    this.rows.push({ depth: scope.depth, name: stage, layer: valueText(call), shape: [], params: 0 });
    const paramsBefore = this.params.length;
    const diagsBefore = this.diags.length;
    const out = this.body(decl.body, {
      prefix: `${stage}.`,
      env,
      inputName: "in",
      input: input.node,
      inputSpan: input.span,
      stack: [...scope.stack, decl],
      depth: scope.depth + 1,
    });
    const count = this.params
      .slice(paramsBefore)
      .filter((p) => p.role !== "buffer")
      .reduce((s, p) => s + numel(p.shape), 0);
    const shape = out.node === undefined ? [] : this.shapeOf(out.node);
    this.rows[row] = { ...this.rows[row]!, shape, params: count };
    // Shape errors inside point at the layer's body; they depend on this use (its input and arguments), so
    // they also show where the layer was applied.
    for (let i = diagsBefore; i < this.diags.length; i++) {
      const d = this.diags[i]!;
      const at = d.span;
      const here = at && at.file === call.span.file && at.start >= call.span.start && at.end <= call.span.end;
      if (!here && (d.code.startsWith("E3") || d.code === "W0002"))
        this.diags[i] = d.withLabels(secondary(call.span, `in this use of \`${decl.name.name}\``));
    }
    return { node: out.node, span: call.span };
  }

  /** A user layer's parameters bound to the call's arguments: positional, named, or the declared defaults. */
  private bindUserArgs(decl: A.LayerDecl, call: A.CallValue): Map<string, A.Value> | undefined {
    const sig = Object.fromEntries(
      decl.params.map((p) => [
        p.name.name,
        p.default
          ? { type: anyValue, required: false, default: p.default }
          : { type: anyValue, required: true },
      ]),
    );
    const bound = bindArgs(call, sig, `layer \`${decl.name.name}\``, this.diags);
    if (!bound) return undefined;
    return new Map(Object.entries(bound.args) as [string, A.Value][]);
  }
}

/** User-layer arguments keep their AST value: their type is checked where the body uses them. */
const anyValue = { describe: "a value", convert: (v: A.Value) => v };

/** Replaces bare names that are user-layer parameters by the values the call site gave. */
export function substitute(v: A.Value, env: ReadonlyMap<string, A.Value>): A.Value {
  if (env.size === 0) return v;
  switch (v.kind) {
    case "call": {
      if (!v.parens && v.args.length === 0) {
        const bound = env.get(v.callee.name);
        if (bound) return bound;
      }
      return { ...v, args: v.args.map((a) => ({ ...a, value: substitute(a.value, env) })) };
    }
    case "list":
      return { ...v, items: v.items.map((i) => substitute(i, env)) };
    default:
      return v;
  }
}

/** One line of source, for summary rows of arithmetic. */
function compact(text: string): string {
  const s = text.replace(/\s+/g, " ");
  return s.length > 28 ? s.slice(0, 27) + "…" : s;
}
