// Samples per second over windows of at least WINDOW_MS of training. An epoch of the spiral (300 examples) lasts under
// a millisecond on the CPU backend, shorter than a worker's coarsened performance.now() tick: a rate per epoch or per
// step divides by a clamp or a single tick, so only a window spanning many epochs measures anything.

export const WINDOW_MS = 250;

export class Throughput {
  private from: { readonly samples: number; readonly ms: number } | undefined;
  private run: { readonly samples: number; readonly ms: number } | undefined;
  /** The rate over the last closed window; undefined until one closes. */
  rate: number | undefined;

  /** Starts a fresh window (training began or resumed): the pause in between is not training time. */
  restart(samples: number, ms: number): void {
    this.from = { samples, ms };
    this.run = this.from;
  }

  /** Notes that `samples` examples have been trained on in all, at time `ms`; returns the rate once a window closes. */
  update(samples: number, ms: number): number | undefined {
    if (!this.from) {
      this.restart(samples, ms);
      return this.rate;
    }
    const elapsed = ms - this.from.ms;
    if (elapsed >= WINDOW_MS && samples > this.from.samples) {
      this.rate = ((samples - this.from.samples) * 1000) / elapsed;
      this.from = { samples, ms };
    }
    return this.rate;
  }

  /**
   * Training stopped at `samples`, time `ms`: a run shorter than a window (the spiral on the CPU trains in about
   * 0.1 s) gets its rate over the whole run, which still spans many timer ticks.
   */
  finish(samples: number, ms: number): number | undefined {
    if (this.rate === undefined && this.run && ms > this.run.ms && samples > this.run.samples)
      this.rate = ((samples - this.run.samples) * 1000) / (ms - this.run.ms);
    return this.rate;
  }
}
