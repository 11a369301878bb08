// `nnc dream` (CLI.md; DESIGN.md, "Autodiff is a compiler pass"): class visualisation as CS231n teaches it
// (Simonyan et al., 2014). The model's forward program is extended with an objective, class K's score minus an L2
// penalty on the image, and the same autodiff pass that trains the weights is asked for the gradient with respect
// to the input instead; gradient ascent on that objective, from noise, with the weights fixed, draws the image.

import type { CheckedModel } from "../compiler/program.js";
import type { CompiledProgram } from "../compiler/pipeline.js";
import { DREAM_CLASS, DREAM_L2 } from "../compiler/dream.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import type { CpuKernelOptions } from "../backends/cpu/kernel-path.js";
import type { Weights } from "./init.js";
import { Rng } from "./rng.js";
import { pickModel } from "./train.js";
import { UserError } from "./user-error.js";
import { softmax } from "./predict.js";

export interface DreamOptions extends CpuKernelOptions {
  readonly weights: Weights;
  /** K: the class whose score is raised, 0 ≤ K < classes. */
  readonly classIndex: number;
  readonly model?: string;
  /** Gradient-ascent steps; default 200. */
  readonly steps?: number;
  /** The step's root-mean-square size per pixel, in the data's [0, 1] units; default 0.02 (see below). */
  readonly lr?: number;
  /** λ of the penalty λ·Σx² subtracted from the score; default 0.1 (see below). */
  readonly l2?: number;
  /** Seed of the starting noise; default 0. */
  readonly seed?: number;
  /** Called after every evaluation: step 0 is the noise, step `steps` the result. */
  readonly onStep?: (s: DreamStep) => void;
}

export interface DreamStep {
  /** Updates applied so far. */
  readonly step: number;
  /** Class K's score (its logit, before any softmax). */
  readonly score: number;
  /** Class K's softmax probability over the model's scores. */
  readonly probability: number;
}

export interface DreamResult {
  readonly model: CheckedModel;
  readonly classIndex: number;
  /** One example in the model's input shape (no batch axis), every value in [0, 1]. */
  readonly image: Float32Array;
  readonly shape: readonly number[];
  /** The starting noise's score, and the result's. */
  readonly before: DreamStep;
  readonly after: DreamStep;
  /** Class K's score after each number of steps: `trace[0]` is the noise's, `trace[steps]` the result's. */
  readonly trace: Float32Array;
}

/**
 * Gradient ascent on class K's score minus λ·Σx², over the input and not the weights, from seeded noise.
 *
 * Each step moves the image by `lr` · g / rms(g) and clips it to [0, 1]. Normalising by the gradient's size, as
 * CS231n's class visualisation does, makes `lr` mean "how far a pixel moves per step" whatever the model's scale
 * (logits of a linear model and of a deep one differ by orders of magnitude), so one default serves both. The clip
 * keeps the image in the range the model was trained on (and that a PNG can show); the L2 penalty pulls pixels that
 * do not help class K towards 0, the background of MNIST-like data. Unlike `lr`, λ is in the units of the score's
 * gradient: CS231n's 1e-3 left the Fashion-MNIST MLP's images a saturated black-and-white speckle, while 0.1 gave
 * recognisable garments in gray levels at a probability still above 99.9%, so 0.1 is the default. 200 steps of 0.02
 * reach the plateau (in about 100 on that MLP) with room to spare. Runs on the CPU: one example is too small a batch
 * to be worth a GPU.
 */
export function dream(program: CompiledProgram, o: DreamOptions): DreamResult {
  const m = pickModel(program, o.model);
  const dreamProgram = m.programs.dream;
  if (m.target.kind !== "class" || !dreamProgram)
    throw new UserError(
      `model \`${m.name}\` predicts real values (\`target ${m.target.name}: [...]\`): dream raises a class's score, so it needs \`target ${m.target.name}: class(k)\``,
    );
  const classes = m.target.classes;
  const k = o.classIndex;
  if (!Number.isInteger(k) || k < 0 || k >= classes)
    throw new UserError(
      `class ${k} is out of range: model \`${m.name}\` has ${classes} classes, 0 to ${classes - 1}`,
    );
  const steps = o.steps ?? 200;
  const lr = o.lr ?? 0.02;
  const l2 = o.l2 ?? 0.1;
  if (!Number.isInteger(steps) || steps < 0)
    throw new UserError(`steps must be a whole number ≥ 0, not ${steps}`);
  if (!(lr > 0 && Number.isFinite(lr))) throw new UserError(`lr must be a positive number, not ${lr}`);
  if (!(l2 >= 0 && Number.isFinite(l2))) throw new UserError(`l2 must be a number ≥ 0, not ${l2}`);
  for (const p of m.params) {
    const size = p.shape.reduce((a, b) => a * b, 1);
    if (o.weights.get(p.name)?.length !== size)
      throw new UserError(
        `the weights lack \`${p.name}\` or give it the wrong size (${size} values expected)`,
      );
  }

  const exec = new CpuExecutor(m.programs.cpu(dreamProgram.func, o), 1);
  const rng = new Rng(o.seed ?? 0);
  // Mid-gray with a little noise: in the data's range, and the noise breaks the symmetries a flat image has.
  const x = Float32Array.from({ length: m.input.shape.reduce((a, b) => a * b, 1) }, () =>
    rng.uniform(0.4, 0.6),
  );
  const inputs = {
    ...Object.fromEntries(o.weights),
    [m.input.name]: x,
    [DREAM_CLASS]: Int32Array.of(k),
    [DREAM_L2]: Float32Array.of(l2),
  };
  const trace = new Float32Array(steps + 1);
  let first: DreamStep | undefined;
  let last!: DreamStep;
  for (let step = 0; ; step++) {
    const out = exec.run(inputs, 1);
    last = { step, score: out["score"]![0]!, probability: softmax(out["scores"]!)[k]! };
    first ??= last;
    trace[step] = last.score;
    o.onStep?.(last);
    if (step === steps) break;
    const g = out[dreamProgram.inputGradient]!;
    let sq = 0;
    for (let i = 0; i < g.length; i++) sq += g[i]! * g[i]!;
    const rms = Math.sqrt(sq / g.length);
    if (rms === 0) continue; // a flat objective (every relu off): nothing to climb, and no step to normalise
    for (let i = 0; i < x.length; i++) x[i] = Math.min(1, Math.max(0, x[i]! + (lr * g[i]!) / rms));
  }
  return { model: m, classIndex: k, image: x, shape: m.input.shape, before: first!, after: last, trace };
}
