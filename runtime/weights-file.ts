// Weights on disk (LANGUAGE §10): a safetensors file keyed by parameter names in PyTorch's layouts, so that it
// loads into the same model written in PyTorch by renaming keys alone. The optimizer state that `--resume` needs
// goes beside it (`X.optimizer.safetensors`), so the weights file holds nothing a PyTorch model lacks.

import { existsSync } from "node:fs";
import type { CheckedModel } from "../compiler/program.js";
import type { StateInfo } from "../compiler/step.js";
import { CheckpointError, checkAgainst, readSafetensors, writeSafetensors } from "./checkpoint/index.js";
import type { Weights } from "./init.js";
import type { Position } from "./loop.js";
import type { ResumeState } from "./train.js";

export function optimizerPath(path: string): string {
  return `${path.replace(/\.safetensors$/, "")}.optimizer.safetensors`;
}

export interface SaveOptions {
  readonly optimizerState?: Weights;
  readonly position?: Position;
}

/** Writes the weights (and, when given, the optimizer state and position beside them); each file atomically. */
export function saveWeights(path: string, m: CheckedModel, weights: Weights, o: SaveOptions = {}): void {
  const meta: Record<string, string> = { format: "nnc", model: m.name };
  if (o.position) {
    meta["epoch"] = String(o.position.epoch);
    meta["step_in_epoch"] = String(o.position.stepInEpoch);
    meta["step"] = String(o.position.step);
  }
  writeSafetensors(
    path,
    m.params.map((p) => ({ name: p.name, shape: p.shape, data: weights.get(p.name)! })),
    meta,
  );
  if (o.optimizerState) {
    writeSafetensors(
      optimizerPath(path),
      [...o.optimizerState].map(([name, data]) => ({ name, shape: [data.length], data })),
      { ...meta, optimizer: m.optimizer.kind },
    );
  }
}

/** Reads weights for `m`: every parameter present, with its shape; one line naming the file otherwise. */
export function loadWeights(path: string, m: CheckedModel): Weights {
  return weightsOf(readSafetensors(path), m);
}

function weightsOf(ckpt: ReturnType<typeof readSafetensors>, m: CheckedModel): Weights {
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

/** Reads what `--resume` continues from: the weights, the optimizer state beside them, and the position. */
export function loadResume(path: string, m: CheckedModel, states: readonly StateInfo[]): ResumeState {
  const ckpt = readSafetensors(path);
  const weights = weightsOf(ckpt, m);
  const meta = ckpt.metadata;
  const num = (k: string): number => {
    const v = Number(meta[k]);
    if (meta[k] === undefined || !Number.isInteger(v) || v < 0)
      throw new CheckpointError(
        `${path}: no training position (\`${k}\`) in its metadata: it was not saved by \`nnc train\``,
      );
    return v;
  };
  const position = { epoch: num("epoch"), stepInEpoch: num("step_in_epoch"), step: num("step") };
  const optimizerState: Weights = new Map();
  if (states.length) {
    const side = optimizerPath(path);
    if (!existsSync(side))
      throw new CheckpointError(`${side}: missing: --resume needs the optimizer state saved beside ${path}`);
    const opt = readSafetensors(side);
    if (opt.metadata["optimizer"] !== m.optimizer.kind) {
      throw new CheckpointError(
        `${side}: holds \`${opt.metadata["optimizer"]}\` state, but the model uses \`${m.optimizer.kind}\``,
      );
    }
    for (const s of states) {
      const t = opt.tensors.get(s.name);
      const size = s.shape.reduce((a, b) => a * b, 1);
      if (!t || t.data.length !== size)
        throw new CheckpointError(`${side}: \`${s.name}\` is missing or has the wrong size`);
      optimizerState.set(s.name, t.data);
    }
  }
  return { weights, optimizerState, position };
}
