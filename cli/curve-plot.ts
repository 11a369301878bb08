// `nnc train --plot FILE`: the run's curves redrawn after each epoch, so that the file shows the run so far. The
// path and its format are checked before training; each drawing replaces the file atomically, one at a time and in
// order, without holding the training loop up; the last is awaited before the command ends.

import type { EpochPoint } from "../index.js";
import { figureFormat, writeFigure } from "./figure-output.js";
import { CURVE_FORMATS, renderCurves, type CurveFormat } from "./plot-command.js";

export class CurvePlot {
  private readonly format: CurveFormat;
  private readonly points: EpochPoint[] = [];
  private queue: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(
    private readonly path: string,
    private readonly run: string,
  ) {
    this.format = figureFormat(path, undefined, CURVE_FORMATS, "svg", "--plot");
  }

  /** An epoch's line of the log (the fields `nnc plot` reads). */
  epoch(e: EpochPoint): void {
    this.points.push(e);
    const runs = [{ name: this.run, epochs: [...this.points] }];
    // A failure is kept for `written()`: a rejected promise nobody awaits yet would end the process.
    this.queue = this.queue
      .then(async () => writeFigure(this.path, await renderCurves(runs, this.format), "--plot"))
      .catch((err: unknown) => void (this.failure ??= err));
  }

  /** Resolves once every drawing is written; throws the first failure. */
  async written(): Promise<void> {
    await this.queue;
    if (this.failure !== undefined) throw this.failure;
  }
}
