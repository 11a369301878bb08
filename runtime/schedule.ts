// Learning-rate schedules (LANGUAGE §8), stepped once per epoch as torch.optim.lr_scheduler's are.

import type { LearningRate } from "../compiler/frontend/model-specs.js";

/** The learning rate during epoch `epoch` (from 0) of `epochs`; `base` overrides the schedule's starting rate. */
export function learningRate(lr: LearningRate, epoch: number, epochs: number, base?: number): number {
  if (typeof lr === "number") return base ?? lr;
  const start = base ?? lr.lr;
  switch (lr.kind) {
    case "step":
      return start * lr.gamma ** Math.floor(epoch / lr.every);
    case "exponential":
      return start * lr.gamma ** epoch;
    case "cosine": {
      // CosineAnnealingLR with eta_min = 0; T_max defaults to the training's epochs.
      const t = lr.epochs ?? epochs;
      return (start * (1 + Math.cos((Math.PI * Math.min(epoch, t)) / t))) / 2;
    }
  }
}
