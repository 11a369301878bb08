// A model's weights as a safetensors file's bytes (LANGUAGE §10: keyed by parameter names, PyTorch's layouts), with
// no file system: weights-file.ts writes the same tensors to disk, the playground offers them as a download.

import type { CheckedModel } from "../compiler/program.js";
import { encodeSafetensors, type NamedTensor } from "./checkpoint/safetensors-codec.js";
import type { Weights } from "./init.js";

/** The model's parameters in declaration order, each with its weights. */
export function weightTensors(m: CheckedModel, weights: Weights): NamedTensor[] {
  return m.params.map((p) => ({ name: p.name, shape: p.shape, data: weights.get(p.name)! }));
}

/** The header every weights file carries, before a run's record and other metadata. */
export function weightsHeader(m: CheckedModel): Record<string, string> {
  return { format: "nnc", model: m.name };
}

/** The bytes of a weights file, as `nnc train` saves it; `metadata` adds to the header. */
export function encodeWeights(
  m: CheckedModel,
  weights: Weights,
  metadata: Readonly<Record<string, string>> = {},
): Uint8Array {
  return encodeSafetensors(weightTensors(m, weights), { ...weightsHeader(m), ...metadata });
}
