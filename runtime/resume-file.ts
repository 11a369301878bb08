// A training checkpoint on disk: the weights file (a PyTorch state_dict's tensors; the position, the loop state and
// the run in its metadata) and the optimizer file beside it (the optimizer state and early stopping's best
// weights). The two are one unit: both carry the run's id and the step, and a pair that differs is refused.

import { existsSync } from "node:fs";
import type { CheckedModel } from "../compiler/program.js";
import type { StateInfo } from "../compiler/step.js";
import { CheckpointError, readSafetensors, writeSafetensors } from "./checkpoint/index.js";
import type { Weights } from "./init.js";
import type { RunInfo } from "./resume.js";
import type { RunRecord } from "./run-record.js";
import type { ResumeState } from "./train.js";
import { optimizerPath, saveWeights, weightsOf } from "./weights-file.js";

/** Early stopping's best weights are kept in the optimizer file under these names. */
const BEST = "early_stop.best.";

/**
 * Writes a checkpoint that `--resume` continues: the optimizer file, then the weights file (with the run's
 * `record`, when given: run-record.ts), each atomically.
 */
export function saveCheckpoint(path: string, m: CheckedModel, c: ResumeState, record?: RunRecord): void {
  const pair: Record<string, string> = {
    ...(c.run && { run_id: c.run.id }),
    epoch: String(c.position.epoch),
    step_in_epoch: String(c.position.stepInEpoch),
    step: String(c.position.step),
  };
  const best = c.bestWeights
    ? m.params.map((p) => ({ name: BEST + p.name, shape: p.shape, data: c.bestWeights!.get(p.name)! }))
    : [];
  writeSafetensors(
    optimizerPath(path),
    [...[...c.optimizerState].map(([name, data]) => ({ name, shape: [data.length], data })), ...best],
    { format: "nnc", model: m.name, optimizer: m.optimizer.kind, ...pair },
  );
  // Numbers as JavaScript prints them, which reads back to the same double.
  const loop = c.loop;
  const run = c.run;
  const metadata = {
    ...pair,
    ...(loop && {
      epoch_loss_sum: String(loop.lossSum),
      epoch_correct: String(loop.correct),
      epoch_seen: String(loop.seen),
      best_val_loss: String(loop.bestLoss),
      best_epoch: String(loop.bestEpoch),
      epochs_since_best: String(loop.sinceBest),
    }),
    ...(run && {
      seed: String(run.seed),
      batch: String(run.batch),
      shuffle: String(run.shuffle),
      validation: String(run.validation),
    }),
    ...(c.finished && { finished: c.finished }),
  };
  saveWeights(path, m, c.weights, { ...(record && { record }), metadata });
}

/** Reads what `--resume` continues from, refusing a checkpoint that is not one run's at one step. */
export function loadResume(path: string, m: CheckedModel, states: readonly StateInfo[]): ResumeState {
  const ckpt = readSafetensors(path);
  const weights = weightsOf(ckpt, m);
  const meta = ckpt.metadata;
  const id = meta["run_id"];
  if (id === undefined) {
    throw new CheckpointError(
      `${path}: no training run in its metadata: it was not saved by \`nnc train\` (or by an nnc before resumable checkpoints); start from it with --init`,
    );
  }
  const read = (k: string, integer = true): number => {
    const v = Number(meta[k]);
    if (meta[k] === undefined || Number.isNaN(v) || (integer && (!Number.isInteger(v) || v < 0)))
      throw new CheckpointError(`${path}: \`${k}\` is missing from its metadata or not a number`);
    return v;
  };
  const position = { epoch: read("epoch"), stepInEpoch: read("step_in_epoch"), step: read("step") };
  const loop = {
    lossSum: read("epoch_loss_sum", false),
    correct: read("epoch_correct", false),
    seen: read("epoch_seen"),
    bestLoss: read("best_val_loss", false),
    bestEpoch: read("best_epoch"),
    sinceBest: read("epochs_since_best"),
  };
  const validation = meta["validation"] === "null" ? null : read("validation", false);
  const run: RunInfo = {
    id,
    seed: read("seed"),
    batch: read("batch"),
    shuffle: meta["shuffle"] === "true",
    validation,
  };

  const side = optimizerPath(path);
  if (!existsSync(side))
    throw new CheckpointError(`${side}: missing: --resume needs the optimizer state saved beside ${path}`);
  const opt = readSafetensors(side);
  const o = opt.metadata;
  if (o["run_id"] !== id) {
    throw new CheckpointError(
      `${side}: saved by another run than ${path} (run ${o["run_id"] ?? "unknown"}, not ${id}): --resume needs the pair one run saved`,
    );
  }
  if (["epoch", "step_in_epoch", "step"].some((k) => o[k] !== meta[k])) {
    throw new CheckpointError(
      `${side}: saved at step ${o["step"] ?? "unknown"}, but ${path} at step ${meta["step"]}: they are not one checkpoint`,
    );
  }
  if (o["optimizer"] !== m.optimizer.kind) {
    throw new CheckpointError(
      `${side}: holds \`${o["optimizer"]}\` state, but the model uses \`${m.optimizer.kind}\``,
    );
  }
  const optimizerState: Weights = new Map();
  for (const s of states) {
    const t = opt.tensors.get(s.name);
    const size = s.shape.reduce((a, b) => a * b, 1);
    if (!t || t.data.length !== size)
      throw new CheckpointError(`${side}: \`${s.name}\` is missing or has the wrong size`);
    optimizerState.set(s.name, t.data);
  }
  let bestWeights: Weights | undefined;
  if (loop.bestEpoch > 0) {
    bestWeights = new Map();
    for (const p of m.params) {
      const t = opt.tensors.get(BEST + p.name);
      if (!t || t.data.length !== p.shape.reduce((a, b) => a * b, 1))
        throw new CheckpointError(`${side}: \`${BEST + p.name}\` is missing or has the wrong size`);
      bestWeights.set(p.name, t.data);
    }
  }
  const finished = meta["finished"] === "early_stop" ? "early_stop" : undefined;
  return {
    weights,
    optimizerState,
    position,
    loop,
    ...(bestWeights && { bestWeights }),
    run,
    ...(finished && { finished }),
  };
}
