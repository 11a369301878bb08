// Arguments shared by the layers that own a weight: how it is initialised and how it is regularized.

import type * as A from "../compiler/frontend/ast.js";
import { argSpan, callOf, float, maybe, req, type ArgsOf } from "../compiler/frontend/args.js";
import { error, primary, type Diagnostic } from "../compiler/diagnostics.js";

/** `init=he_normal`, `init=normal(0.01)`; absent means PyTorch's default, uniform in ±1/sqrt(fan_in). */
export const initArg = maybe(
  callOf(
    {
      he_normal: {},
      he_uniform: {},
      glorot_normal: {},
      glorot_uniform: {},
      normal: { std: req(float) },
      uniform: { bound: req(float) },
      zeros: {},
    },
    "initialiser",
  ),
);

export const regularizerKind = callOf(
  { l2: { lambda: req(float) }, l1: { lambda: req(float) } },
  "regularizer",
);

/** `regularize=l2(1e-3)`: replaces the model-wide regularizers for this layer's weight (LANGUAGE §7). */
export const regularizeArg = maybe(regularizerKind);

/** What the signatures of `init` and `regularize` cannot say: a spread and a strength are never negative. */
export function checkWeightArgs(site: {
  readonly args: ArgsOf<{ init: typeof initArg; regularize: typeof regularizeArg }>;
  readonly call: A.CallValue;
  readonly diags: Diagnostic[];
}): boolean {
  const { init, regularize } = site.args;
  const fail = (variant: object, key: string, message: string): false => {
    const at = argSpan(variant, key) ?? site.call.span;
    site.diags.push(error("E3008", message, [primary(at, "must be ≥ 0")]));
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
