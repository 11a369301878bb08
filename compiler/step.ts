// CheckedModel → the programs a backend runs (DESIGN.md, "step"): `forward` (scores, evaluation mode), `evaluate`
// (summed loss and correct counts over a batch), the gradient program that `nnc gradcheck` checks, and `train`, one
// training step as one IR function: forward, loss (§7), regularizers, the backward pass (autodiff), and the
// optimizer update. Which output is each parameter's gradient and each carried tensor's update is data here.

import { differentiate } from "./autodiff.js";
import { Builder } from "./ir/builder.js";
import type { Func } from "./ir/types.js";
import type { TensorType, Value } from "./ir/value.js";
import { correctCount, perExampleLoss, top5Count } from "./losses.js";
import { lowerNetwork } from "./build/network.js";
import { applyOptimizer, stateNames } from "./optimizers.js";
import { eliminateDeadCode } from "./passes/dead-code.js";
import { eliminateCommonSubexpressions } from "./passes/cse.js";
import type { CheckedModel, ParamInfo } from "./program.js";
import type { RegularizerSpec } from "./frontend/model-specs.js";

/** A tensor the training step carries from one step to the next: a parameter, a buffer or an optimizer state. */
export interface Carried {
  /** The input it is read from, and its name in checkpoints: `linear1.weight`, `exp_avg.linear1.weight`. */
  readonly name: string;
  /** The output of `train` that holds its value after the step. */
  readonly update: string;
  readonly shape: readonly number[];
}

/** An optimizer state (`exp_avg.linear1.weight`) and the parameter it belongs to. */
export interface StateInfo extends Carried {
  readonly param: string;
}

export interface StepProgram {
  readonly model: CheckedModel;
  /** Inputs: the example batch and the parameters; output `scores`. */
  readonly forward: Func;
  /** Inputs: batch, targets, parameters; outputs `loss_sum`, `correct`, and `top5` when asked for. */
  readonly evaluate: Func;
  /** Inputs: batch, targets, `lr`, `t`, `seed`, then every carried tensor; outputs `loss`, `correct`, then every
   *  carried tensor's update. */
  readonly train: Func;
  readonly params: readonly ParamInfo[];
  readonly states: readonly StateInfo[];
  /** Parameters and buffers, then optimizer states: everything `train` reads and updates. */
  readonly carried: readonly Carried[];
  /** Trainable parameter → the name of its gradient's value in `train` (`d.linear1.weight`). */
  readonly gradients: ReadonlyMap<string, string>;
}

/** Forward, loss and regularizers, then the backward pass: what `nnc gradcheck` checks. */
export interface GradientProgram {
  /** Inputs as `train`'s, without optimizer states; outputs `objective`, `loss`, `correct`, the gradients, and the
   *  buffers' values after a forward pass in training. */
  readonly func: Func;
  /** Trainable parameter → the output holding d objective / d parameter. */
  readonly gradients: ReadonlyMap<string, string>;
  /** Buffer → the output holding its value after the forward pass (batchnorm's running statistics). */
  readonly bufferUpdates: ReadonlyMap<string, string>;
}

function inputType(m: CheckedModel): TensorType {
  return { dtype: "f32", shape: ["N", ...m.input.shape] };
}

function targetType(m: CheckedModel): TensorType {
  return m.target.kind === "class"
    ? { dtype: "i32", shape: ["N"] }
    : { dtype: "f32", shape: ["N", ...m.target.shape] };
}

function declareParams(b: Builder, m: CheckedModel): Map<string, Value> {
  return new Map(m.params.map((p) => [p.name, b.input(p.name, { dtype: "f32", shape: p.shape })]));
}

/** Every checked model lowers: each standard layer is written in primitive ops that both backends run. */
export function buildStep(
  m: CheckedModel,
  forward: Func = buildForward(m),
  evaluate: Func = buildEvaluate(m),
): StepProgram {
  const grad = buildGradient(m, true);
  const { train, states } = buildTrain(m, grad);
  const carried = [...m.params.map((p) => ({ name: p.name, update: p.name, shape: p.shape })), ...states];
  return {
    model: m,
    forward,
    evaluate,
    train,
    params: m.params,
    states,
    carried,
    gradients: grad.gradients,
  };
}

/** The forward function alone (evaluation mode): what `predict` and `dream` run. */
export function buildForward(m: CheckedModel): Func {
  const b = new Builder(m.name);
  const x = b.input(m.input.name, inputType(m));
  const params = declareParams(b, m);
  const seed = b.op("constant", [], { value: 0 }); // unused in evaluation mode
  const s = lowerNetwork(b, m, x, params, { training: false, seed });
  b.output("scores", s);
  return optimise(b.finish());
}

/** Summed loss and correct counts (and top-5 counts when asked for) over a batch, in evaluation mode. */
export function buildEvaluate(m: CheckedModel): Func {
  const b = new Builder(`${m.name}.evaluate`);
  const x = b.input(m.input.name, inputType(m));
  const y = b.input(m.target.name, targetType(m));
  const params = declareParams(b, m);
  const s = lowerNetwork(b, m, x, params, { training: false, seed: b.scalar(0) });
  b.output("loss_sum", b.sum(perExampleLoss(b, m.loss, s, y), [0]));
  if (m.target.kind === "class") {
    b.output("correct", correctCount(b, s, y));
    if (m.train?.metrics.includes("top5")) b.output("top5", top5Count(b, s, y));
  }
  return optimise(b.finish());
}

/**
 * Forward, loss and regularizers, then the backward pass: outputs `objective` (what is minimised), `loss` (the
 * batch's mean data loss), `correct`, and every trainable parameter's gradient. The training step appends the
 * optimizer to them.
 */
export function buildGradient(m: CheckedModel, training: boolean): GradientProgram {
  const b = new Builder(`${m.name}.train`);
  const x = b.input(m.input.name, inputType(m));
  const y = b.input(m.target.name, targetType(m));
  b.input("lr", { dtype: "f32", shape: [] });
  b.input("t", { dtype: "f32", shape: [] });
  const seed = b.input("seed", { dtype: "i32", shape: [] });
  const params = declareParams(b, m);
  const updates = new Map<string, Value>();
  const s = lowerNetwork(b, m, x, params, { training, seed, updates });
  const loss = b.within({ what: `loss \`${m.loss.kind}\`` }, () =>
    b.div(b.sum(perExampleLoss(b, m.loss, s, y), [0]), b.op("batch_size", [], {})),
  );
  // The objective adds the regularizers: λ·ΣW² or λ·Σ|W| over weights only, a layer's own replacing the model's.
  let objective = loss;
  for (const p of m.params) {
    if (p.role !== "weight") continue;
    for (const r of p.regularizers ?? m.regularizers)
      objective = b.within({ what: `the ${r.kind} penalty of \`${p.name}\`` }, () =>
        b.add(objective, penalty(b, r, params.get(p.name)!)),
      );
  }
  b.output("objective", objective);
  b.output("loss", loss);
  if (m.target.kind === "class") b.output("correct", correctCount(b, s, y));
  const bufferUpdates = new Map<string, string>();
  for (const [name, v] of updates) {
    bufferUpdates.set(name, `${name}.updated`);
    b.output(`${name}.updated`, v);
  }
  const trainable = m.params.filter((p) => p.role !== "buffer").map((p) => p.name);
  const { func, gradients } = differentiate(b.finish(), "objective", trainable);
  return { func: optimise(func), gradients, bufferUpdates };
}

function buildTrain(m: CheckedModel, grad: GradientProgram): { train: Func; states: StateInfo[] } {
  const withGrads = grad.func;
  const trainable = m.params.filter((p) => p.role !== "buffer");
  const u = Builder.extend(withGrads);
  const byName = new Map(withGrads.inputs.map((i) => [i.name, i.value]));
  const outputOf = new Map(withGrads.outputs.map((o) => [o.name, o.value]));
  const output = (name: string | undefined) => (name === undefined ? undefined : outputOf.get(name));
  const states: StateInfo[] = [];
  const updates: { name: string; value: Value }[] = [];
  for (const p of trainable) {
    const state: Record<string, Value> = {};
    for (const s of stateNames(m.optimizer)) {
      const name = `${s}.${p.name}`;
      states.push({ name, update: name, param: p.name, shape: p.shape });
      state[s] = u.input(name, { dtype: "f32", shape: p.shape });
    }
    const slot = { param: byName.get(p.name)!, grad: output(grad.gradients.get(p.name))!, state };
    const updated = u.within({ what: `${m.optimizer.kind}'s update of \`${p.name}\`` }, () =>
      applyOptimizer(u, m.optimizer, slot, byName.get("lr")!, byName.get("t")!),
    );
    updates.push({ name: p.name, value: updated.param });
    for (const [s, v] of Object.entries(updated.state)) updates.push({ name: `${s}.${p.name}`, value: v });
  }
  for (const p of m.params) {
    if (p.role !== "buffer") continue;
    updates.push({ name: p.name, value: output(grad.bufferUpdates.get(p.name)) ?? byName.get(p.name)! });
  }
  const f = u.finish();
  const keep = f.outputs.filter((o) => o.name === "loss" || o.name === "correct");
  return { train: optimise({ ...f, outputs: [...keep, ...updates] }), states };
}

/** The passes every program goes through: shared subexpressions and identities, then what nothing uses. */
function optimise(f: Func): Func {
  return eliminateDeadCode(eliminateCommonSubexpressions(f));
}

function penalty(b: Builder, r: RegularizerSpec, w: Value): Value {
  const all = w.type.shape.map((_, i) => i);
  const total = r.kind === "l2" ? b.sum(b.mul(w, w), all) : b.sum(b.op("abs", [w], {}), all);
  return b.mul(b.scalar(r.lambda), total);
}
