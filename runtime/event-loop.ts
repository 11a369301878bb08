// Long synchronous work (the CPU backend's steps and evaluation batches) lets Node's event loop run now and then,
// so that a signal handler (Ctrl-C) or a timer gets its turn: `pause()` yields at most once per `ms`, through a
// setImmediate (microseconds), and costs a clock read otherwise.

export class EventLoopTurns {
  private last = performance.now();

  constructor(private readonly ms = 50) {}

  async pause(): Promise<void> {
    if (performance.now() - this.last < this.ms) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}
