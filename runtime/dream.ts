// `nnc dream` (CLI.md; DESIGN.md, "Autodiff is a compiler pass"): class visualisation as CS231n teaches it
// (Simonyan et al., 2014). The model's forward program is extended with an objective, class K's score minus an L2
// penalty on the image, and the same autodiff pass that trains the weights is asked for the gradient with respect
// to the input instead; gradient ascent on that objective, from noise, with the weights fixed, draws the image.

import { differentiate } from "../compiler/autodiff.js";
import { Builder } from "../compiler/ir/builder.js";
import type { Func } from "../compiler/ir/types.js";
import { lowerToCpu } from "../backends/cpu/lower.js";
import { eliminateCommonSubexpressions } from "../compiler/passes/cse.js";
import { eliminateDeadCode } from "../compiler/passes/dead-code.js";
import type { CheckedModel, CheckedProgram } from "../compiler/program.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import type { Weights } from "./init.js";
import { Rng } from "./rng.js";
import { pickModel } from "./train.js";
import { UserError } from "./user-error.js";
import { buildForward } from "../compiler/step.js";
import { softmax } from "./predict.js";

/** The inputs `buildDream` adds beside the model's own: dotted, so no model input can be named the same. */
export const DREAM_CLASS = "dream.class";
export const DREAM_L2 = "dream.l2";

export interface DreamOptions {
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
export function dream(program: CheckedProgram, o: DreamOptions): DreamResult {
  const m = pickModel(program, o.model);
  const classes = classCount(m);
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

  const exec = new CpuExecutor(lowerToCpu(buildDream(m)), 1);
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
    const g = out[`d.${m.input.name}`]!;
    let sq = 0;
    for (let i = 0; i < g.length; i++) sq += g[i]! * g[i]!;
    const rms = Math.sqrt(sq / g.length);
    if (rms === 0) continue; // a flat objective (every relu off): nothing to climb, and no step to normalise
    for (let i = 0; i < x.length; i++) x[i] = Math.min(1, Math.max(0, x[i]! + (lr * g[i]!) / rms));
  }
  return { model: m, classIndex: k, image: x, shape: m.input.shape, before: first!, after: last, trace };
}

/**
 * The model's forward program (evaluation mode, batch N) extended with inputs `dream.class` (i32 [N]) and
 * `dream.l2` (f32 []), and outputs `score` = Σ scores·one_hot(class) and `objective` = score − λ·Σx², then
 * differentiated: `grad.<input>` is d objective / d input. The forward `scores` stay an output.
 */
export function buildDream(m: CheckedModel): Func {
  const forward = buildForward(m);
  const b = Builder.extend(forward, `${m.name}.dream`);
  const x = forward.inputs.find((i) => i.name === m.input.name)!.value;
  const scores = forward.outputs.find((o) => o.name === "scores")!.value;
  const label = b.input(DREAM_CLASS, { dtype: "i32", shape: ["N"] });
  const lambda = b.input(DREAM_L2, { dtype: "f32", shape: [] });
  const mask = b.op("one_hot", [label], { classes: classCount(m) });
  const score = b.sum(b.mul(scores, mask), [0, 1]);
  const all = x.type.shape.map((_, i) => i);
  b.output("score", score);
  b.output("objective", b.sub(score, b.mul(lambda, b.sum(b.mul(x, x), all))));
  const { func } = differentiate(b.finish(), "objective", [m.input.name]);
  return eliminateDeadCode(eliminateCommonSubexpressions(func));
}

function classCount(m: CheckedModel): number {
  if (m.target.kind !== "class")
    throw new UserError(
      `model \`${m.name}\` predicts real values (\`target ${m.target.name}: [...]\`): dream raises a class's score, so it needs \`target ${m.target.name}: class(k)\``,
    );
  return m.target.classes;
}
