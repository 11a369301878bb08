// What `nnc train` shows while it runs (CLI.md): a progress bar per epoch on stderr (step, loss, samples/s, time
// left), redrawn in place on a terminal; elsewhere (a log file, CI) a plain line now and then, so that a long epoch
// is not silent; the epoch lines of the seed tutorial on stdout.

import type { EpochMetrics, EvaluateEvent, StepMetrics, TrainRun } from "../index.js";

const WIDTH = 24;

/** What the training command drives, on a terminal or not. */
export interface Progress {
  step(m: StepMetrics): void;
  /** A split is about to be evaluated (after an epoch: the bar says so until the epoch line replaces it). */
  evaluating(e: EvaluateEvent): void;
  /** Clears what the progress left on the line, before a line of output. */
  end(): void;
}

export class ProgressBar implements Progress {
  private lastDraw = 0;

  constructor(private readonly write: (s: string) => void) {}

  step(m: StepMetrics): void {
    const now = Date.now();
    // Redraw at most ten times a second, and always at the epoch's last step.
    if (now - this.lastDraw < 100 && m.stepInEpoch !== m.stepsPerEpoch) return;
    this.lastDraw = now;
    const filled = Math.round((m.stepInEpoch / m.stepsPerEpoch) * WIDTH);
    const bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
    const left = m.stepInEpoch < m.stepsPerEpoch ? `  ${fmtSeconds(m.secondsLeft)} left` : "";
    this.write(
      `\r\x1b[2Kepoch ${m.epoch} ${bar} ${m.stepInEpoch}/${m.stepsPerEpoch}  loss ${m.loss.toFixed(4)}  ` +
        `${Math.round(m.samplesPerSecond)} samples/s${left}`,
    );
  }

  evaluating(e: EvaluateEvent): void {
    this.write(`\r\x1b[2K${evaluatingText(e)}…`);
  }

  end(): void {
    this.write("\r\x1b[2K");
  }
}

/**
 * Where stderr is not a terminal: a line at most once per `periodMs` while an epoch runs (none for an epoch shorter
 * than that), so that a log of a long epoch (the CNN's takes minutes) shows the run is alive and how far it got.
 */
export class ProgressLines implements Progress {
  private last: number;

  constructor(
    private readonly write: (s: string) => void,
    private readonly periodMs = 20_000,
    private readonly now: () => number = Date.now,
  ) {
    this.last = now();
  }

  step(m: StepMetrics): void {
    const t = this.now();
    if (t - this.last < this.periodMs || m.stepInEpoch === m.stepsPerEpoch) return;
    this.last = t;
    this.write(
      `epoch ${m.epoch}: step ${m.stepInEpoch}/${m.stepsPerEpoch}  loss ${m.loss.toFixed(4)}  ` +
        `${Math.round(m.samplesPerSecond)} samples/s  ${fmtSeconds(m.secondsLeft)} left\n`,
    );
  }

  evaluating(): void {}

  end(): void {
    this.last = this.now();
  }
}

/** `evaluating the test set (10,000 examples)`. */
export function evaluatingText(e: EvaluateEvent): string {
  const which = { test: "the test set", val: "the validation split", train: "the training set" }[e.split];
  return `evaluating ${which} (${e.examples.toLocaleString("en-US")} examples)`;
}

export function fmtSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(Math.round(s - 60 * m)).padStart(2, "0")}s`;
}

/** `epoch 3/5  train loss 0.4123  test accuracy 84.7%  test loss 0.4410  12.3s`. */
export function epochLine(m: EpochMetrics): string {
  const parts = [`epoch ${m.epoch}/${m.epochs}`, `train loss ${m.trainLoss.toFixed(4)}`];
  if (!m.test && m.trainAccuracy !== null) parts.push(`train accuracy ${pct(m.trainAccuracy)}`);
  if (m.test) parts.push(...splitParts("test", m.test));
  if (m.val) parts.push(...splitParts("val", m.val));
  parts.push(fmtSeconds(m.seconds));
  return parts.join("  ");
}

function splitParts(
  name: string,
  s: { loss: number; accuracy: number | null; top5: number | null },
): string[] {
  const out: string[] = [];
  if (s.accuracy !== null) out.push(`${name} accuracy ${pct(s.accuracy)}`);
  if (s.top5 !== null) out.push(`${name} top-5 ${pct(s.top5)}`);
  out.push(`${name} loss ${s.loss.toFixed(4)}`);
  return out;
}

export function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

/**
 * The closing lines: how the run ended (and, after early stopping, which epoch's weights it kept), then the final
 * weights' metrics, named for what they are: on a run without a test split they re-evaluate the training set,
 * which is why they differ from the last epoch line's running means.
 */
export function closingLines(run: TrainRun, epochLines: boolean): string[] {
  const how = run.reason === "epochs" ? "done" : `stopped (${run.reason.replace("_", " ")})`;
  // A diverged run names the step whose loss was not finite, as its error does.
  const lines = [
    run.reason === "nan" ? `stopped (nan) at step ${run.nanStep}` : `${how} after ${run.position.step} steps`,
  ];
  if (run.restored) {
    lines[0] += `; restored the weights of epoch ${run.restored.epoch}, the best (val loss ${run.restored.valLoss.toFixed(4)})`;
  }
  const t = run.test;
  if (!t) {
    if (run.reason === "interrupt") lines.push("final evaluation skipped");
    return lines;
  }
  const on = run.testSplit ? "on the test set" : "re-evaluated on the training set (no test split)";
  const parts: string[] = [];
  if (t.accuracy != null) parts.push(`accuracy ${pct(t.accuracy)}`);
  if (t.top5 != null) parts.push(`top-5 ${pct(t.top5)}`);
  parts.push(`loss ${t.loss.toFixed(4)}`);
  lines.push(`final weights ${on}: ${parts.join("  ")}`);
  if (!run.testSplit && epochLines && run.epochs.length) {
    lines.push(
      "(an epoch line's train loss and accuracy are running means over its batches, as the weights moved)",
    );
  }
  return lines;
}
