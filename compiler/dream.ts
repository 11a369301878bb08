// Deep Dream's program (DESIGN.md, "Autodiff is a compiler pass"): the model's forward program extended with an
// objective, class K's score minus an L2 penalty on the image, and differentiated with respect to the input rather
// than the weights. `nnc dream` climbs that gradient (runtime/dream.ts).

import { differentiate } from "./autodiff.js";
import { bug } from "./diagnostics.js";
import { Builder } from "./ir/builder.js";
import type { Func } from "./ir/types.js";
import { eliminateCommonSubexpressions } from "./passes/cse.js";
import { eliminateDeadCode } from "./passes/dead-code.js";
import type { CheckedModel } from "./program.js";

/** The inputs `buildDream` adds beside the model's own: dotted, so no model input can be named the same. */
export const DREAM_CLASS = "dream.class";
export const DREAM_L2 = "dream.l2";

export interface DreamProgram {
  /** Inputs: the model's input and parameters, `dream.class` (i32 [N]) and `dream.l2` (f32 []); outputs `scores`,
   *  `score` and `objective`, and the input's gradient. */
  readonly func: Func;
  /** The output holding d objective / d input. */
  readonly inputGradient: string;
}

/**
 * The model's forward program (evaluation mode, batch N) extended with inputs `dream.class` and `dream.l2`, and
 * outputs `score` = Σ scores·one_hot(class) and `objective` = score − λ·Σx², then differentiated with respect to
 * the input. The forward `scores` stay an output. Only a classifier has class scores to raise.
 */
export function buildDream(m: CheckedModel, forward: Func): DreamProgram {
  if (m.target.kind !== "class") return bug(`dream of \`${m.name}\`, which has no classes`);
  const b = Builder.extend(forward, `${m.name}.dream`);
  const x =
    forward.inputs.find((i) => i.name === m.input.name)?.value ?? bug("a forward program without its input");
  const scores =
    forward.outputs.find((o) => o.name === "scores")?.value ?? bug("a forward program without scores");
  const label = b.input(DREAM_CLASS, { dtype: "i32", shape: ["N"] });
  const lambda = b.input(DREAM_L2, { dtype: "f32", shape: [] });
  const mask = b.op("one_hot", [label], { classes: m.target.classes });
  const score = b.sum(b.mul(scores, mask), [0, 1]);
  const all = x.type.shape.map((_, i) => i);
  b.output("score", score);
  b.output("objective", b.sub(score, b.mul(lambda, b.sum(b.mul(x, x), all))));
  const { func, gradients } = differentiate(b.finish(), "objective", [m.input.name]);
  const inputGradient = gradients.get(m.input.name) ?? bug("no input gradient");
  return { func: eliminateDeadCode(eliminateCommonSubexpressions(func)), inputGradient };
}
