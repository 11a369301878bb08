// A model's network → the expanded network (expanded.ts): user layers expanded in place with their arguments bound
// and substituted, every stage named (stage-names.ts), every name resolved, every standard layer's arguments bound
// to its signature. Errors are E2xxx; shapes come next (infer-shapes.ts). After an error the rest is still expanded,
// so that every name is checked.

import type * as A from "./ast.js";
import { bindArgs, valueText } from "./args.js";
import { foldValue } from "./constants.js";
import { bindUserArgs, substitute } from "./user-args.js";
import { MAX_LAYER_NESTING } from "./nesting.js";
import { nameStages } from "./stage-names.js";
import { unknownLayer, unknownRef } from "./unknown-names.js";
import type { BodyLines, ExpandedNetwork, ExpandedNode, RowPlan, Use } from "./expanded.js";
import { error, hasErrors, primary, secondary, type Checked, type Diagnostic } from "../diagnostics.js";
import type { NodeId } from "../program.js";
import type { Span } from "../source.js";
import { isStandardLayer, standardLayer } from "../../stdlib/index.js";

/** Expands `body`, a model's network over its input `input`. */
export function expandNetwork(
  body: A.Body,
  input: A.Ident,
  layers: ReadonlyMap<string, A.LayerDecl>,
): Checked<ExpandedNetwork> {
  const x = new Expansion(layers);
  const id = x.add({ kind: "input", name: input.name, span: input.span, uses: [] });
  const top: Scope = {
    prefix: "",
    env: new Map(),
    inputName: input.name,
    input: { node: id, span: input.span },
    stack: [],
    uses: [],
    depth: 0,
  };
  const out = x.body(body, top);
  return { value: x.result(out.value.node), diagnostics: out.diagnostics };
}

/** A value known to stand for a node (or unknown after an error), and the source that produced it. */
interface Val {
  readonly node: NodeId | undefined;
  readonly span: Span;
}

/** Where a body is being expanded: a model's network, or a user layer inside it. */
interface Scope {
  /** The enclosing user layers' stage, `residual1.`, before the names of this body's stages. */
  readonly prefix: string;
  /** The enclosing user layer's arguments, which replace its parameters' names in this body. */
  readonly env: ReadonlyMap<string, A.Value>;
  /** The name the body uses for its input: the model's input name, or `in` inside a layer. */
  readonly inputName: string;
  readonly input: Val;
  /** User layers being expanded, outermost first, to catch a layer that uses itself. */
  readonly stack: readonly A.LayerDecl[];
  readonly uses: readonly Use[];
  readonly depth: number;
}

/** A graph-form line as bound: what it stands for, and whether a later line or `return` used it. */
interface Line extends Val {
  used: boolean;
  readonly binding: A.Binding;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** One expansion's nodes, rows and bodies, appended to as the walk goes; diagnostics are returned, not kept. */
class Expansion {
  private readonly nodes: ExpandedNode[] = [];
  private readonly rows: RowPlan[] = [];
  private readonly bodies: BodyLines[] = [];
  private readonly used = new Set<A.LayerDecl>();

  constructor(private readonly layers: ReadonlyMap<string, A.LayerDecl>) {}

  result(output: NodeId | undefined): ExpandedNetwork {
    return { nodes: this.nodes, output, rows: this.rows, bodies: this.bodies, used: this.used };
  }

  /** Adds a node and, except for constants, its summary row. */
  add(node: DistributiveOmit<ExpandedNode, "id">, depth = 0): NodeId {
    const id = this.nodes.length;
    this.nodes.push({ ...node, id });
    if (node.kind !== "const") this.rows.push({ kind: "node", node: id, depth });
    return id;
  }

  body(body: A.Body, scope: Scope): Checked<Val> {
    const named = nameStages(body, scope.prefix);
    const r =
      body.kind === "sequential"
        ? this.sequential(body, named.value, scope)
        : this.graph(body, named.value, scope);
    return { value: r.value, diagnostics: [...named.diagnostics, ...r.diagnostics] };
  }

  private sequential(
    body: A.SequentialBody,
    names: ReadonlyMap<A.CallValue, string>,
    scope: Scope,
  ): Checked<Val> {
    const diags: Diagnostic[] = [];
    let cur = scope.input;
    for (const stage of body.stages) {
      const r = this.apply(stage.layer, cur, names.get(stage.layer)!, scope);
      for (const item of r.diagnostics) diags.push(item);
      cur = r.value;
    }
    return { value: cur, diagnostics: diags };
  }

  private graph(body: A.GraphBody, names: ReadonlyMap<A.CallValue, string>, scope: Scope): Checked<Val> {
    // Only what the lines themselves raise decides whether their "never used" warnings are worth giving.
    const lines: Diagnostic[] = [];
    const first = this.nodes.length;
    const env = new Map<string, Line>();
    const declared = new Map(body.bindings.map((b) => [b.name.name, b] as const));
    const lookup = (id: A.Ident): Checked<Val> => {
      const name = id.name;
      if (name === "?") return { value: { node: undefined, span: id.span }, diagnostics: [] }; // a missing `return`
      if (name === scope.inputName)
        return { value: { node: scope.input.node, span: id.span }, diagnostics: [] };
      const line = env.get(name);
      if (line) {
        line.used = true;
        return { value: { node: line.node, span: line.span }, diagnostics: [] };
      }
      const where = { inputName: scope.inputName, above: [...env.keys()], declared, layers: this.layers };
      return { value: { node: undefined, span: id.span }, diagnostics: [unknownRef(id, where)] };
    };
    for (const b of body.bindings) {
      if (b.name.name === scope.inputName || b.name.name === "in") {
        lines.push(
          error("E2009", `\`${b.name.name}\` already names the input`, [
            primary(b.name.span, "rebinds the input"),
          ]).withHelp("choose another name"),
        );
      }
      const prev = env.get(b.name.name);
      if (prev) {
        lines.push(
          error("E2009", `\`${b.name.name}\` is defined twice`, [
            primary(b.name.span, "defined again here"),
            secondary(prev.binding.name.span, "first defined here"),
          ]).withHelp("give each intermediate result its own name"),
        );
      }
      const v = this.expr(b.expr, scope, names, lookup);
      for (const item of v.diagnostics) lines.push(item);
      env.set(b.name.name, { node: v.value.node, span: b.expr.span, used: false, binding: b });
    }
    const result = this.expr(body.result, scope, names, lookup);
    for (const item of result.diagnostics) lines.push(item);
    const unused = [...env.values()].filter((l) => !l.used).map((l) => l.binding);
    this.bodies.push({ unused, first, end: this.nodes.length, failed: hasErrors(lines) });
    return { value: result.value, diagnostics: lines };
  }

  private expr(
    e: A.Expr,
    scope: Scope,
    names: ReadonlyMap<A.CallValue, string>,
    lookup: (id: A.Ident) => Checked<Val>,
  ): Checked<Val> {
    const unknown = (diagnostics: Diagnostic[]): Checked<Val> => ({
      value: { node: undefined, span: e.span },
      diagnostics,
    });
    switch (e.kind) {
      case "ref":
        return lookup(e.name);
      case "num": {
        const node = this.add({ kind: "const", value: e.value.value, span: e.span, uses: scope.uses });
        return { value: { node, span: e.span }, diagnostics: [] };
      }
      case "neg": {
        const x = this.expr(e.operand, scope, names, lookup);
        if (x.value.node === undefined) return unknown(x.diagnostics);
        const node = this.add(
          { kind: "neg", operand: x.value.node, span: e.span, uses: scope.uses },
          scope.depth,
        );
        return { value: { node, span: e.span }, diagnostics: x.diagnostics };
      }
      case "binary": {
        const lhs = this.expr(e.lhs, scope, names, lookup);
        const rhs = this.expr(e.rhs, scope, names, lookup);
        const diagnostics = [...lhs.diagnostics, ...rhs.diagnostics];
        if (lhs.value.node === undefined || rhs.value.node === undefined) return unknown(diagnostics);
        const node = this.add(
          {
            kind: "binary",
            op: e.op,
            lhs: lhs.value.node,
            rhs: rhs.value.node,
            lhsSpan: lhs.value.span,
            rhsSpan: rhs.value.span,
            span: e.span,
            uses: scope.uses,
          },
          scope.depth,
        );
        return { value: { node, span: e.span }, diagnostics };
      }
      case "apply": {
        const input = this.expr(e.input, scope, names, lookup);
        const out = this.apply(e.layer, input.value, names.get(e.layer)!, scope);
        return { value: out.value, diagnostics: [...input.diagnostics, ...out.diagnostics] };
      }
      case "call": {
        const args = e.args.map((a) => this.expr(a, scope, names, lookup));
        const diagnostics = args.flatMap((a) => a.diagnostics);
        if (e.callee.name !== "concat") {
          const layer = isStandardLayer(e.callee.name) || this.layers.has(e.callee.name);
          diagnostics.push(
            error("E2021", `\`${e.callee.name}\` is not a function of tensors`, [
              primary(e.callee.span, layer ? "a layer, called" : "not `concat`"),
            ]).withHelp(
              layer
                ? `apply a layer with \`->\`: \`x -> ${e.callee.name}(…)\``
                : "in graph form, `concat(a, b, …)` is the one function; layers are applied with `->`",
            ),
          );
          return unknown(diagnostics);
        }
        if (args.length < 1) {
          diagnostics.push(
            error("E2003", "`concat` needs at least one tensor", [primary(e.span, "nothing to join")]),
          );
          return unknown(diagnostics);
        }
        const inputs = args.map((a) => a.value.node);
        if (inputs.some((n) => n === undefined)) return unknown(diagnostics);
        const node = this.add(
          {
            kind: "concat",
            inputs: inputs as NodeId[],
            inputSpans: args.map((a) => a.value.span),
            span: e.span,
            uses: scope.uses,
          },
          scope.depth,
        );
        return { value: { node, span: e.span }, diagnostics };
      }
    }
  }

  /** Applies the layer `rawCall` names, as stage `stage`, to `input`. */
  private apply(rawCall: A.CallValue, input: Val, stage: string, scope: Scope): Checked<Val> {
    const name = rawCall.callee.name;
    // A user layer's parameters replaced by the values its use gave, and the arithmetic over them folded.
    const folding: Diagnostic[] = [];
    const call = {
      ...rawCall,
      args: rawCall.args.map((a) => {
        if (!scope.env.size) return a;
        const folded = foldValue(substitute(a.value, scope.env), { constants: [], params: new Set() });
        for (const item of folded.diagnostics) folding.push(item);
        return { ...a, value: folded.value };
      }),
    };
    const unknown = (d: Diagnostic): Checked<Val> => ({
      value: { node: undefined, span: call.span },
      diagnostics: [d],
    });
    if (hasErrors(folding)) return { value: { node: undefined, span: call.span }, diagnostics: folding };
    const fullName = scope.prefix + stage;
    if (scope.env.has(name)) {
      return unknown(
        error(
          "E2001",
          `\`${name}\` is an argument of layer \`${scope.stack.at(-1)!.name.name}\`, not a layer`,
          [primary(rawCall.callee.span, "used as a layer")],
        ).withHelp("layers cannot be passed as arguments; write the layer here"),
      );
    }
    if (isStandardLayer(name)) {
      const bound = bindArgs(call, standardLayer(name)!.sig, `layer \`${name}\``);
      if (!bound.value || input.node === undefined)
        return { value: { node: undefined, span: call.span }, diagnostics: bound.diagnostics };
      const node = this.add(
        {
          kind: "layer",
          layer: name,
          call,
          bound: bound.value,
          input: input.node,
          inputSpan: input.span,
          stage: fullName,
          span: call.span,
          uses: scope.uses,
        },
        scope.depth,
      );
      return { value: { node, span: call.span }, diagnostics: bound.diagnostics };
    }
    const user = this.layers.get(name);
    if (user) return this.applyUser(user, call, input, fullName, scope);
    return unknown(unknownLayer(call.callee, this.layers));
  }

  private applyUser(
    decl: A.LayerDecl,
    call: A.CallValue,
    input: Val,
    stage: string,
    scope: Scope,
  ): Checked<Val> {
    this.used.add(decl);
    const none = (diagnostics: readonly Diagnostic[]): Checked<Val> => ({
      value: { node: undefined, span: call.span },
      diagnostics: [...diagnostics],
    });
    if (scope.stack.length >= MAX_LAYER_NESTING)
      return none([
        error(
          "E1012",
          `this is nested too deeply (more than ${MAX_LAYER_NESTING} user layers inside each other)`,
          [
            primary(call.callee.span, "one level too many"),
            secondary(scope.stack[0]!.name.span, "the outermost starts here"),
          ],
        ).withHelp("flatten the chain: let one layer list the stages of several"),
      ]);
    if (scope.stack.includes(decl)) {
      const chain = [...scope.stack.slice(scope.stack.indexOf(decl)), decl]
        .map((l) => `\`${l.name.name}\``)
        .join(" → ");
      return none([
        error("E2012", `layer \`${decl.name.name}\` uses itself`, [
          primary(call.callee.span, "used inside its own definition"),
          secondary(decl.name.span, "defined here"),
        ]).withHelp(`a layer cannot contain itself: ${chain}`),
      ]);
    }
    const env = bindUserArgs(decl, call);
    if (!env.value) return none(env.diagnostics);
    // The layer's row comes before the rows of its stages; what it covers is known once they are expanded.
    const row = this.rows.length;
    const first = this.nodes.length;
    this.rows.push({
      kind: "use",
      depth: scope.depth,
      stage,
      layer: decl.name.name,
      text: "",
      span: call.span,
      first,
      end: first,
      output: undefined,
    });
    const out = this.body(decl.body, {
      prefix: `${stage}.`,
      env: env.value,
      inputName: "in",
      input,
      stack: [...scope.stack, decl],
      uses: [{ layer: decl.name.name, span: call.span }, ...scope.uses],
      depth: scope.depth + 1,
    });
    this.rows[row] = {
      kind: "use",
      depth: scope.depth,
      stage,
      layer: decl.name.name,
      text: valueText(call),
      span: call.span,
      first,
      end: this.nodes.length,
      output: out.value.node,
    };
    return {
      value: { node: out.value.node, span: call.span },
      diagnostics: [...env.diagnostics, ...out.diagnostics],
    };
  }
}
