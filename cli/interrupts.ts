// Ctrl-C and SIGTERM during `nnc train` (CLI.md: exit 130, a resumable checkpoint written): the first asks the run
// to stop once its current step is done, the second to skip the final evaluation; after that the handlers are
// gone, so a third ends the process the default way.

export interface Interrupts {
  /** Aborted by the first signal. */
  readonly stop: AbortSignal;
  /** Aborted by the second. */
  readonly skip: AbortSignal;
  dispose(): void;
}

export function interruptSignals(): Interrupts {
  const stop = new AbortController();
  const skip = new AbortController();
  const dispose = () => {
    process.removeListener("SIGINT", on);
    process.removeListener("SIGTERM", on);
  };
  const on = () => {
    if (!stop.signal.aborted) return stop.abort();
    skip.abort();
    dispose();
  };
  process.on("SIGINT", on);
  process.on("SIGTERM", on);
  return { stop: stop.signal, skip: skip.signal, dispose };
}
