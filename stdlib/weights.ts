// Arguments shared by the layers that own a weight: how it is initialised and how it is regularized.

import { callOf, float, maybe, req } from "../compiler/args.js";

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
