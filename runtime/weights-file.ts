// Weights on disk (LANGUAGE §10): a safetensors file keyed by parameter names in PyTorch's layouts, so that it
// loads into the same model written in PyTorch by renaming keys alone. The optimizer state that `--resume` needs
// goes beside it (`X.optimizer.safetensors`, resume-file.ts), so the weights file holds nothing a PyTorch model
// lacks.

import type { CheckedModel } from "../compiler/program.js";
import { CheckpointError, checkAgainst, readSafetensors, writeSafetensors } from "./checkpoint/index.js";
import type { Weights } from "./init.js";
import { recordMetadata, type RunRecord } from "./run-record.js";
import { weightsHeader, weightTensors } from "./weights-bytes.js";

export function optimizerPath(path: string): string {
  return `${path.replace(/\.safetensors$/, "")}.optimizer.safetensors`;
}

export interface SaveWeightsOptions {
  /** What the run was (its sources, overrides, seed, backend, nnc's version): run-record.ts. */
  readonly record?: RunRecord;
  /** More metadata (a training checkpoint's position and loop state: resume-file.ts); it wins over the record's. */
  readonly metadata?: Readonly<Record<string, string>>;
}

/** Writes the weights atomically, with the model's name, the run's record and `metadata` in the header. */
export function saveWeights(
  path: string,
  m: CheckedModel,
  weights: Weights,
  o: SaveWeightsOptions = {},
): void {
  writeSafetensors(path, weightTensors(m, weights), {
    ...weightsHeader(m),
    ...(o.record && recordMetadata(o.record)),
    ...o.metadata,
  });
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
