// Long synchronous work (the CPU backend's steps and evaluation batches) lets Node's event loop run now and then,
// so that a signal handler (Ctrl-C) or a timer gets its turn: `pause()` yields at most once per `ms`, through a
// setImmediate (microseconds), and costs a clock read otherwise.

export class EventLoopTurns {
  private last = performance.now();

  constructor(private readonly ms = 50) {}

  async pause(): Promise<void> {
    if (performance.now() - this.last < this.ms) return;
    await new Promise<void>((resolve) => nextTurn(resolve));
    this.last = performance.now();
  }
}

// Node's setImmediate; a browser (the playground's worker) has none, and a zero timeout is its nearest turn.
const nextTurn: (f: () => void) => void =
  typeof setImmediate === "function" ? (f) => setImmediate(f) : (f) => setTimeout(f, 0);
