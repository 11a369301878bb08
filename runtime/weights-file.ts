// Weights on disk (LANGUAGE §10): a safetensors file keyed by parameter names in PyTorch's layouts, so that it
// loads into the same model written in PyTorch by renaming keys alone. The optimizer state that `--resume` needs
// goes beside it (`X.optimizer.safetensors`, resume-file.ts), so the weights file holds nothing a PyTorch model
// lacks.

import type { CheckedModel } from "../compiler/program.js";
import { CheckpointError, checkAgainst, readSafetensors, writeSafetensors } from "./checkpoint/index.js";
import type { Weights } from "./init.js";

export function optimizerPath(path: string): string {
  return `${path.replace(/\.safetensors$/, "")}.optimizer.safetensors`;
}

/**
 * Writes the weights atomically, with `metadata` besides the model's name (a training checkpoint's position and
 * run: resume-file.ts).
 */
export function saveWeights(
  path: string,
  m: CheckedModel,
  weights: Weights,
  metadata: Readonly<Record<string, string>> = {},
): void {
  writeSafetensors(
    path,
    m.params.map((p) => ({ name: p.name, shape: p.shape, data: weights.get(p.name)! })),
    { format: "nnc", model: m.name, ...metadata },
  );
}

/** Reads weights for `m`: every parameter present, with its shape; one line naming the file otherwise. */
export function loadWeights(path: string, m: CheckedModel): Weights {
  return weightsOf(readSafetensors(path), m);
}

/** The model's weights out of a checkpoint read already; one line naming the first problem otherwise. */
export function weightsOf(ckpt: ReturnType<typeof readSafetensors>, m: CheckedModel): Weights {
  const problems = checkAgainst(m.params, ckpt);
  if (problems.length) {
    const more =
      problems.length > 1
        ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})`
        : "";
    throw new CheckpointError(`${problems[0]}${more}`);
  }
  return new Map(m.params.map((p) => [p.name, ckpt.tensors.get(p.name)!.data]));
}
