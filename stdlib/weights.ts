// Arguments shared by the layers that own a weight (linear, conv2d): how it is initialised and how it is
// regularized, and the initialisation rules they declare for their weight and bias.

import type * as A from "../compiler/frontend/ast.js";
import { argSpan, callOf, float, maybe, req, type ArgsOf } from "../compiler/frontend/args.js";
import { regularizerKind } from "../compiler/frontend/model-specs.js";
import { error, primary, type Diagnostic } from "../compiler/diagnostics.js";
import type { InitRule, ParamDecl } from "./layer-def.js";

/** The initialisers a weight may take, by name, with their arguments. */
export const INITIALISERS = {
  he_normal: {},
  he_uniform: {},
  glorot_normal: {},
  glorot_uniform: {},
  normal: { std: req(float) },
  uniform: { bound: req(float) },
  zeros: {},
};

/** `init=he_normal`, `init=normal(0.01)`; absent means PyTorch's default, uniform in ±1/sqrt(fan_in). */
export const initArg = maybe(callOf(INITIALISERS, "initialiser"));

/** A layer's `init=` converted: undefined when not given. */
export type InitSpec = ArgsOf<{ init: typeof initArg }>["init"];

/**
 * PyTorch's default for the weight and bias of nn.Linear and nn.Conv2d: uniform in ±1/sqrt(fan_in) (its
 * kaiming_uniform with a = √5 comes to this bound for the weight).
 */
export function defaultInit(fanIn: number): InitRule {
  return { kind: "uniform", bound: 1 / Math.sqrt(fanIn) };
}

/**
 * A weight's rule: the layer's `init=`, or PyTorch's default. fan_in and fan_out are torch.nn.init's: the weight's
 * second and first dimension times its receptive field (the kernel's size; 1 for linear).
 */
export function weightInit(init: InitSpec, fanIn: number, fanOut: number): InitRule {
  switch (init?.kind) {
    case undefined:
      return defaultInit(fanIn);
    case "he_normal":
      return { kind: "normal", std: Math.sqrt(2 / fanIn) };
    case "he_uniform":
      return { kind: "uniform", bound: Math.sqrt(6 / fanIn) };
    case "glorot_normal":
      return { kind: "normal", std: Math.sqrt(2 / (fanIn + fanOut)) };
    case "glorot_uniform":
      return { kind: "uniform", bound: Math.sqrt(6 / (fanIn + fanOut)) };
    case "normal":
      return { kind: "normal", std: init.std };
    case "uniform":
      return { kind: "uniform", bound: init.bound };
    case "zeros":
      return { kind: "constant", value: 0 };
  }
}

/** `regularize=l2(1e-3)`: replaces the model-wide regularizers for this layer's weight (LANGUAGE §7). */
export const regularizeArg = maybe(regularizerKind);

type WeightArgs = ArgsOf<{ init: typeof initArg; regularize: typeof regularizeArg }>;

/** A layer's weight: drawn as `init=` says (or PyTorch's default), regularized by its own `regularize=` if given. */
export function weightParam(shape: number[], args: WeightArgs, fanIn: number, fanOut: number): ParamDecl {
  const { init, regularize } = args;
  const w = { name: "weight", shape, role: "weight", init: weightInit(init, fanIn, fanOut) } as const;
  return regularize ? { ...w, regularizers: [regularize] } : w;
}

/** A layer's bias, PyTorch's default whatever the weight's `init=`. */
export function biasParam(shape: number[], fanIn: number): ParamDecl {
  return { name: "bias", shape, role: "bias", init: defaultInit(fanIn) };
}

/** What the signatures of `init` and `regularize` cannot say: a spread and a strength are never negative. */
export function checkWeightArgs(site: {
  readonly args: WeightArgs;
  readonly call: A.CallValue;
  report(d: Diagnostic): void;
}): boolean {
  const { init, regularize } = site.args;
  const fail = (variant: object, key: string, message: string): false => {
    const at = argSpan(variant, key) ?? site.call.span;
    site.report(error("E3008", message, [primary(at, "must be ≥ 0")]));
    return false;
  };
  if (init?.kind === "normal" && !(init.std >= 0))
    return fail(init, "std", "the standard deviation of `normal` cannot be negative");
  if (init?.kind === "uniform" && !(init.bound >= 0))
    return fail(init, "bound", "the bound of `uniform` cannot be negative");
  if (regularize && !(regularize.lambda >= 0))
    return fail(regularize, "lambda", "a regularization strength cannot be negative");
  return true;
}
