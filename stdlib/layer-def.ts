// What the compiler knows about a standard layer (LANGUAGE §6): its signature, its shape rule with the
// diagnostics it raises, the parameters it owns in PyTorch's layouts with how each starts, and its lowering to
// primitive ops. The catalogue is `stdlib/index.ts`.

import type { Code } from "../compiler/diagnostic-codes/index.js";
import type * as A from "../compiler/frontend/ast.js";
import type { ArgsOf, Bound, Sig } from "../compiler/frontend/args.js";
import { error, primary, secondary, warning, type Diagnostic } from "../compiler/diagnostics.js";
import { fmtShape, type Shape } from "../compiler/shape.js";
import type { Span } from "../compiler/source.js";
import type { Builder } from "../compiler/ir/builder.js";
import type { Value } from "../compiler/ir/value.js";
import type { RegularizerSpec } from "../compiler/frontend/model-specs.js";

/** Only weights are regularized (LANGUAGE §7); batchnorm's scale and shift are "norm"; buffers are not trained. */
export type ParamRole = "weight" | "bias" | "norm" | "buffer";

/**
 * The distribution a parameter's first values are drawn from, as data: the layer decides it (PyTorch's defaults, or
 * the user's `init=`), and runtime/init.ts draws the numbers without knowing which layer asked.
 */
export type InitRule =
  /** Each value uniform in [-bound, bound). */
  | { readonly kind: "uniform"; readonly bound: number }
  /** Each value std · a standard normal draw. */
  | { readonly kind: "normal"; readonly std: number }
  /** Every value `value`, drawing nothing. */
  | { readonly kind: "constant"; readonly value: number };

export interface ParamDecl {
  /** The last part of the name: `weight`, `bias`, `running_mean`. */
  readonly name: string;
  readonly shape: Shape;
  readonly role: ParamRole;
  readonly init: InitRule;
  /** A weight's own regularizers (the layer's `regularize=`), which replace the model-wide ones. */
  readonly regularizers?: readonly RegularizerSpec[];
}

/**
 * Where a layer is applied: its arguments, its input, and how to complain about them. A site lives for one run of
 * the layer's shape rule, and what it reports is that rule's diagnostics.
 */
export class LayerSite<S extends Sig> {
  private readonly reported: Diagnostic[] = [];

  constructor(
    readonly call: A.CallValue,
    readonly bound: Bound<S>,
    readonly input: Shape,
    /** The expression or stage that produced the input, for "this has shape" labels. */
    readonly inputSpan: Span | undefined,
  ) {}

  get diagnostics(): readonly Diagnostic[] {
    return this.reported;
  }

  report(d: Diagnostic): void {
    this.reported.push(d);
  }

  get args(): ArgsOf<S> {
    return this.bound.args;
  }

  get layer(): string {
    return this.call.callee.name;
  }

  /** An argument out of its range: points at the argument (or the call, when it was defaulted). */
  badArg(key: keyof S & string, message: string, label: string, help?: string): undefined {
    const labels = [primary(this.bound.spans[key], label)];
    const via = this.bound.via[key];
    if (via) labels.push(secondary(via, `passed on as \`${key}\` of layer \`${this.layer}\``));
    const d = error("E3008", message, labels);
    this.report(help ? d.withHelp(help) : d);
    return undefined;
  }

  /** An input this layer cannot take: points at the layer, with the input's origin as a secondary label. */
  badInput(code: Code, message: string, label: string, help?: string): undefined {
    const labels = [primary(this.call.span, label)];
    if (this.inputSpan) labels.push(secondary(this.inputSpan, `this has shape ${fmtShape(this.input)}`));
    const d = error(code, message, labels);
    this.report(help ? d.withHelp(help) : d);
    return undefined;
  }

  warn(code: Code, message: string, label: string, help?: string): void {
    const labels = [primary(this.call.span, label)];
    if (this.inputSpan) labels.push(secondary(this.inputSpan, `this has shape ${fmtShape(this.input)}`));
    const d = warning(code, message, labels);
    this.report(help ? d.withHelp(help) : d);
  }

  /** Requires `lo <= value` (and `value <= hi` when given) for an integer or number argument. */
  inRange(key: keyof S & string, what: string, lo: number, hi = Infinity): boolean {
    const v = this.args[key] as number;
    if (v >= lo && v <= hi) return true;
    const range = hi === Infinity ? `at least ${lo}` : `between ${lo} and ${hi}`;
    this.badArg(key, `${what} must be ${range}, not ${v}`, `must be ${range}`);
    return false;
  }
}

export interface LayerDef<S extends Sig = Sig> {
  readonly name: string;
  /** One line for `nnc` help and docs. */
  readonly doc: string;
  readonly sig: S;
  /** The output shape per example, or undefined after reporting why there is none. */
  shape(site: LayerSite<S>): Shape | undefined;
  /** The parameters and buffers, in PyTorch's order and layouts, each with its initialisation rule. */
  params?(args: ArgsOf<S>, input: Shape): ParamDecl[];
  /** The layer as primitive IR ops, which every backend runs. */
  lower(ctx: LowerCtx<S>): Value;
}

/** What a layer's lowering gets: its input (batched, [N, ...]), arguments and parameters. */
export interface LowerCtx<S extends Sig> {
  readonly b: Builder;
  readonly x: Value;
  readonly args: ArgsOf<S>;
  /** The value of this stage's parameter or buffer `name` (`weight`, `bias`). */
  param(name: string): Value;
  /** Training-only behaviour (dropout) is on. */
  readonly training: boolean;
  /** Records a buffer's value after this training step (batchnorm's running statistics). */
  update(name: string, value: Value): void;
  /** The step's random seed (i32 scalar), and a stream number unique to this stage. */
  readonly seed: Value;
  readonly stream: number;
}

/** Keeps the signature's type when declaring a layer. */
export function defineLayer<S extends Sig>(def: LayerDef<S>): LayerDef<S> {
  return def;
}
