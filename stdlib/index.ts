// The standard layer catalogue of LANGUAGE §6, by name. Resolution looks layers up here and nowhere else.

import type { Sig } from "../compiler/frontend/args.js";
import type { LayerDef } from "./layer-def.js";
import { elu, leaky_relu, relu, sigmoid, softmax, tanh } from "./activations.js";
import { batchnorm } from "./batchnorm.js";
import { conv2d } from "./conv2d.js";
import { dropout } from "./dropout.js";
import { linear } from "./linear.js";
import { avgpool, maxpool } from "./pool.js";
import { flatten, reshape } from "./reshape.js";

export const STANDARD_LAYERS = {
  linear,
  conv2d,
  maxpool,
  avgpool,
  flatten,
  reshape,
  relu,
  sigmoid,
  tanh,
  softmax,
  leaky_relu,
  elu,
  dropout,
  batchnorm,
} as const satisfies Record<string, { readonly name: string; readonly sig: Sig }>;

export type StandardLayerName = keyof typeof STANDARD_LAYERS;

export function isStandardLayer(name: string): name is StandardLayerName {
  return Object.hasOwn(STANDARD_LAYERS, name);
}

export function standardLayer(name: string): LayerDef | undefined {
  return isStandardLayer(name) ? (STANDARD_LAYERS[name] as unknown as LayerDef) : undefined;
}

export type { InitRule, LayerDef, ParamDecl, ParamRole } from "./layer-def.js";
export { LayerSite } from "./layer-def.js";
