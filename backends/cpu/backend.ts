// The CPU backend of the training session: runs the step program's `train` and `evaluate` functions through the
// CPU executor. Weights and optimizer state live in Float32Arrays owned here (resident in the step executor's
// memory), in two sets: a step's updates are copied into the set the snapshot is not in, so the snapshot the session
// takes before each step copies nothing.

import type { Buffer } from "./kernels/kernel.js";
import { bug } from "../../compiler/diagnostics.js";
import type { ModelPrograms } from "../../compiler/pipeline.js";
import type { StepProgram } from "../../compiler/step.js";
import {
  EVAL_BATCH,
  type Backend,
  type EvalResult,
  type Split,
  type Step,
  type StepResult,
} from "../../runtime/backend.js";
import { EventLoopTurns } from "../../runtime/event-loop.js";
import type { Weights } from "../../runtime/init.js";
import { describeValue } from "../../compiler/ir/origin.js";
import { CpuExecutor } from "./executor.js";
import type { CpuKernelOptions } from "./kernel-options.js";

export class CpuBackend implements Backend {
  readonly name = "cpu";
  readonly chunk = 1;
  private readonly train: CpuExecutor;
  private readonly evaluator: CpuExecutor;
  /** Parameters, buffers and optimizer state (inputs of the step that its outputs replace), twice over. */
  private readonly sets: readonly [Weights, Weights];
  private readonly paramNames: readonly string[];
  private live = 0;
  private saved: number | undefined;
  private readonly xBatch: Float32Array;
  private readonly yBatch: Int32Array | Float32Array;
  private readonly features: number;
  private readonly targetWidth: number;
  private readonly inputs: Record<string, Buffer>;
  private order: Int32Array = new Int32Array(0);
  private readonly scalars = { lr: new Float32Array(1), t: new Float32Array(1), seed: new Int32Array(1) };

  private readonly program: StepProgram;

  constructor(
    programs: ModelPrograms,
    private readonly trainSplit: Split,
    batch: number,
    weights: Weights,
    states: Weights | undefined,
    /** Which kernels the matmuls run (kernel-path.ts). */
    kernels: CpuKernelOptions = {},
    /** The examples evaluated at once; its buffers are planned for this many. */
    private readonly evalBatch = EVAL_BATCH,
    /** Scan every value of every step for NaN and infinity, one instruction per kernel (slow): `--check-numerics`. */
    private readonly checkNumerics = false,
  ) {
    const program = programs.step;
    this.program = program;
    const m = program.model;
    const initial: Weights = new Map([
      ...weights,
      ...program.states.map((s): [string, Float32Array] => [
        s.name,
        states?.get(s.name) ?? new Float32Array(s.shape.reduce((a, b) => a * b, 1)),
      ]),
    ]);
    // Both sets and the batch's examples live in the step's executor's memory, where it reads them without a copy.
    const lengths = [...initial.values()].map((v) => v.length);
    this.features = m.input.shape.reduce((a, b) => a * b, 1);
    this.train = new CpuExecutor(programs.cpu(program.train, kernels, !checkNumerics), batch, {
      resident: [...lengths, ...lengths, batch * this.features],
    });
    this.evaluator = new CpuExecutor(programs.cpu(program.evaluate, kernels), evalBatch);
    this.paramNames = [...weights.keys()];
    const resident = this.train.resident;
    const set = (first: number): Weights =>
      new Map(
        [...initial].map(([k, v], i) => {
          const own = resident[first + i]!;
          own.set(v);
          return [k, own];
        }),
      );
    this.sets = [set(0), set(initial.size)];
    this.targetWidth = m.target.kind === "class" ? 1 : m.target.shape.reduce((a, b) => a * b, 1);
    this.xBatch = resident[2 * initial.size]!;
    this.yBatch =
      m.target.kind === "class" ? new Int32Array(batch) : new Float32Array(batch * this.targetWidth);
    this.inputs = {
      [m.input.name]: this.xBatch,
      [m.target.name]: this.yBatch,
      lr: this.scalars.lr,
      t: this.scalars.t,
      seed: this.scalars.seed,
      ...Object.fromEntries(this.sets[0]),
    };
  }

  setOrder(order: Int32Array): void {
    this.order = order;
  }

  async run(steps: readonly Step[], lr: number): Promise<StepResult[]> {
    this.scalars.lr[0] = lr;
    return steps.map((s) => this.step(this.order.subarray(s.start, s.start + s.count), s.t, s.seed));
  }

  snapshot(): void {
    this.saved = this.live;
  }

  restore(): void {
    if (this.saved === undefined) bug("restore() before snapshot()");
    this.use(this.saved);
  }

  private use(set: number): void {
    this.live = set;
    Object.assign(this.inputs, Object.fromEntries(this.sets[set]));
  }

  private step(indices: Int32Array, t: number, seed: number): StepResult {
    const n = indices.length;
    const f = this.features;
    const w = this.targetWidth;
    const { x, y } = this.trainSplit;
    for (let i = 0; i < n; i++) {
      const r = indices[i]!;
      this.xBatch.set(x.subarray(r * f, (r + 1) * f), i * f);
      if (w === 1) this.yBatch[i] = y[r]!;
      else this.yBatch.set(y.subarray(r * w, (r + 1) * w), i * w);
    }
    this.scalars.t[0] = t;
    this.scalars.seed[0] = seed;
    const m = this.program.model;
    this.inputs[m.input.name] = this.xBatch.subarray(0, n * f);
    this.inputs[m.target.name] = this.yBatch.subarray(0, n * w);
    let out: Record<string, Buffer>;
    if (this.checkNumerics) {
      const r = this.train.runChecked(this.inputs, n);
      // The updates are not taken: the session rolls back to the step's start anyway.
      if ("nonFinite" in r)
        return { loss: NaN, correct: 0, nonFinite: describeValue(this.program.train, r.nonFinite) };
      out = r.outputs;
    } else out = this.train.run(this.inputs, n);
    // The snapshot's set stays as it is; the other takes the updates (the executor has read its inputs by now).
    const into = this.live === this.saved ? 1 - this.live : this.live;
    for (const c of this.program.carried) this.sets[into].get(c.name)!.set(out[c.update]!);
    if (into !== this.live) this.use(into);
    return { loss: out["loss"]![0]!, correct: out["correct"]?.[0] ?? 0 };
  }

  async evaluate(split: Split, signal?: AbortSignal): Promise<EvalResult> {
    const m = this.program.model;
    const f = this.features;
    const w = this.targetWidth;
    const turns = signal && new EventLoopTurns();
    let lossSum = 0;
    let correct = 0;
    let top5 = 0;
    let count = 0;
    for (let start = 0; start < split.count; start += this.evalBatch) {
      await turns?.pause();
      if (signal?.aborted) break;
      const n = Math.min(this.evalBatch, split.count - start);
      const out = this.evaluator.run(
        {
          [m.input.name]: split.x.subarray(start * f, (start + n) * f),
          [m.target.name]: split.y.subarray(start * w, (start + n) * w),
          ...Object.fromEntries(this.params()),
        },
        n,
      );
      lossSum += out["loss_sum"]![0]!;
      correct += out["correct"]?.[0] ?? 0;
      top5 += out["top5"]?.[0] ?? 0;
      count += n;
    }
    return { lossSum, correct, top5, count };
  }

  load(weights: Weights): void {
    const live = this.sets[this.live];
    for (const name of this.paramNames) live.get(name)!.set(weights.get(name)!);
  }

  private params(): Weights {
    return this.pick(this.paramNames);
  }

  private pick(names: readonly string[]): Weights {
    const live = this.sets[this.live];
    return new Map(names.map((name) => [name, live.get(name)!]));
  }

  async weights(): Promise<Weights> {
    return new Map([...this.params()].map(([k, v]) => [k, v.slice()]));
  }

  async optimizerState(): Promise<Weights> {
    const states = this.pick(this.program.states.map((s) => s.name));
    return new Map([...states].map(([k, v]) => [k, v.slice()]));
  }
}
