// What makes `--resume` a resumption of one run: the run's identity (an id both checkpoint files carry, so that a
// pair from two runs is refused) and the settings that must stay as they were (the seed, from which the order,
// the dropout seeds and the validation split derive; the batch, which the position counts in; the shuffling; the
// validation fraction), and whether anything is left to train.

import { randomUUID } from "node:crypto";
import type { TrainSpec } from "../compiler/frontend/model-specs.js";
import type { ResumeState } from "./train.js";
import { UserError } from "./user-error.js";

export interface RunInfo {
  readonly id: string;
  readonly seed: number;
  readonly batch: number;
  readonly shuffle: boolean;
  readonly validation: number | null;
}

export function newRun(s: TrainSpec): RunInfo {
  return {
    id: randomUUID(),
    seed: s.seed,
    batch: s.batch,
    shuffle: s.shuffle,
    validation: s.validation ?? null,
  };
}

/**
 * Refuses a resumption whose settings differ from the run's (a user error naming the flag that restores them);
 * says why nothing is left to train when the run is over, undefined otherwise.
 */
export function checkResumable(c: ResumeState, s: TrainSpec, steps: number | undefined): string | undefined {
  const run = c.run;
  if (run) {
    const differs = (what: string, was: string, now: string, fix: string) =>
      new UserError(`the checkpoint's run used ${what} ${was}, this one ${now}: ${fix}`);
    if (run.seed !== s.seed)
      throw differs("seed", `${run.seed}`, `${s.seed}`, `resume with \`--seed ${run.seed}\``);
    if (run.batch !== s.batch)
      throw differs("batch", `${run.batch}`, `${s.batch}`, `resume with \`--batch ${run.batch}\``);
    if (run.shuffle !== s.shuffle) {
      const say = (on: boolean) => (on ? "shuffling" : "`--no-shuffle`");
      throw new UserError(
        `the checkpoint's run was trained with ${say(run.shuffle)}, this one with ${say(s.shuffle)}: resume as it started`,
      );
    }
    if (run.validation !== (s.validation ?? null)) {
      const say = (v: number | null | undefined) => (v == null ? "none" : `${v}`);
      throw differs(
        "validation fraction",
        say(run.validation),
        say(s.validation),
        "the validation split must stay the same to resume",
      );
    }
  }
  const p = c.position;
  if (c.finished === "early_stop") {
    const best = c.loop && c.loop.bestEpoch > 0 ? ` (its best: epoch ${c.loop.bestEpoch})` : "";
    return `nothing left to train: early stopping ended this run after epoch ${p.epoch}${best}`;
  }
  if (p.epoch >= s.epochs) {
    return `nothing left to train: the run has trained its ${s.epochs} epochs (${p.step} steps); pass a larger --epochs to train on`;
  }
  if (steps !== undefined && p.step >= steps) {
    return `nothing left to train: the run has taken ${p.step} steps, and --steps asks for ${steps}`;
  }
  return undefined;
}
