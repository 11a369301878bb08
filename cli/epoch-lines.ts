// Which epoch lines `nnc train` prints. A run of a few epochs prints each; a run of hundreds of short ones (the
// spiral trains 300) prints about twenty evenly spaced, the first and the last, as a summary a reader can take in.
// `--every N` sets the period (`--every 1`: every epoch, as Keras's `verbose=2`). The log keeps every epoch.

import type { EpochMetrics } from "../index.js";
import { epochLine } from "./progress.js";

/** Runs of up to this many epochs print every line; longer ones about this many. */
export const EPOCH_LINES = 20;

/** The period of printed epochs: `every` when given, else 1 up to EPOCH_LINES epochs and then about EPOCH_LINES lines. */
export function epochPeriod(epochs: number, every?: number): number {
  return every ?? (epochs <= EPOCH_LINES ? 1 : Math.ceil(epochs / EPOCH_LINES));
}

export class EpochLines {
  /** The last epoch not printed, printed by `flush()` when the run ends on it (stopped early, or by --steps). */
  private pending: EpochMetrics | undefined;

  constructor(
    private readonly write: (line: string) => void,
    private readonly period: number,
  ) {}

  epoch(m: EpochMetrics): void {
    if (m.epoch === 1 || m.epoch % this.period === 0 || m.epoch === m.epochs) {
      this.write(epochLine(m));
      this.pending = undefined;
    } else this.pending = m;
  }

  flush(): void {
    if (this.pending) this.write(epochLine(this.pending));
    this.pending = undefined;
  }
}
