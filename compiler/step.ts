// CheckedModel → the programs a backend runs (DESIGN.md, compiler/step): `forward` (scores, evaluation mode),
// `evaluate` (summed loss and correct counts over a batch) and `train`, one training step as one IR function:
// forward, loss (§7), regularizers, the backward pass (autodiff), and the optimizer update.

import { differentiate } from "./autodiff.js";
import { Builder } from "./ir/builder.js";
import type { Func, TensorType, Value } from "./ir/types.js";
import { correctCount, perExampleLoss, top5Count } from "./losses.js";
import { lowerNetwork } from "./lower/network.js";
import { applyOptimizer, stateNames } from "./optimizers.js";
import { eliminateDeadCode } from "./passes/dead-code.js";
import { eliminateCommonSubexpressions } from "./passes/cse.js";
import type { CheckedModel, ParamInfo } from "./program.js";
import type { RegularizerSpec } from "./frontend/model-specs.js";

export interface StateInfo {
  /** `exp_avg.linear1.weight`. */
  readonly name: string;
  readonly param: string;
  readonly shape: readonly number[];
}

export interface StepProgram {
  readonly model: CheckedModel;
  /** Inputs: the example batch and the parameters; output `scores`. */
  readonly forward: Func;
  /** Inputs: batch, targets, parameters; outputs `loss_sum`, `correct`, and `top5` when asked for. */
  readonly evaluate: Func;
  /** Inputs: batch, targets, `lr`, `t`, `seed`, parameters, states; outputs `loss`, `correct`, then every
   *  parameter and state under its own name, updated. */
  readonly train: Func;
  readonly params: readonly ParamInfo[];
  readonly states: readonly StateInfo[];
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
export function buildStep(m: CheckedModel): StepProgram {
  const { train, states } = buildTrain(m);
  return { model: m, forward: buildForward(m), evaluate: buildEvaluate(m), train, params: m.params, states };
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

function buildEvaluate(m: CheckedModel): Func {
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
 * batch's mean data loss), `correct`, and `grad.<param>` for every trainable parameter. `nnc gradcheck` checks
 * these gradients; the training step appends the optimizer to them. Buffers updated by the forward pass in
 * training (batchnorm's running statistics) come out as `update.<buffer>`.
 */
export function buildGradient(m: CheckedModel, training: boolean): Func {
  const b = new Builder(`${m.name}.train`);
  const x = b.input(m.input.name, inputType(m));
  const y = b.input(m.target.name, targetType(m));
  b.input("lr", { dtype: "f32", shape: [] });
  b.input("t", { dtype: "f32", shape: [] });
  const seed = b.input("seed", { dtype: "i32", shape: [] });
  const params = declareParams(b, m);
  const updates = new Map<string, Value>();
  const s = lowerNetwork(b, m, x, params, { training, seed, updates });
  const loss = b.div(b.sum(perExampleLoss(b, m.loss, s, y), [0]), b.op("batch_size", []));
  // The objective adds the regularizers: λ·ΣW² or λ·Σ|W| over weights only, a layer's own replacing the model's.
  let objective = loss;
  for (const p of m.params) {
    if (p.role !== "weight") continue;
    for (const r of p.regularizers ?? m.regularizers)
      objective = b.add(objective, penalty(b, r, params.get(p.name)!));
  }
  b.output("objective", objective);
  b.output("loss", loss);
  if (m.target.kind === "class") b.output("correct", correctCount(b, s, y));
  for (const [name, v] of updates) b.output(`update.${name}`, v);
  return optimise(
    differentiate(
      b.finish(),
      "objective",
      m.params.filter((p) => p.role !== "buffer").map((p) => p.name),
    ),
  );
}

function buildTrain(m: CheckedModel): { train: Func; states: StateInfo[] } {
  const withGrads = buildGradient(m, true);
  const trainable = m.params.filter((p) => p.role !== "buffer");
  const u = Builder.extend(withGrads);
  const byName = new Map(withGrads.inputs.map((i) => [i.name, i.value]));
  const gradOf = new Map(withGrads.outputs.map((o) => [o.name, o.value]));
  const states: StateInfo[] = [];
  const updates: { name: string; value: Value }[] = [];
  for (const p of trainable) {
    const state: Record<string, Value> = {};
    for (const s of stateNames(m.optimizer)) {
      const name = `${s}.${p.name}`;
      states.push({ name, param: p.name, shape: p.shape });
      state[s] = u.input(name, { dtype: "f32", shape: p.shape });
    }
    const slot = { param: byName.get(p.name)!, grad: gradOf.get(`grad.${p.name}`)!, state };
    const updated = applyOptimizer(u, m.optimizer, slot, byName.get("lr")!, byName.get("t")!);
    updates.push({ name: p.name, value: updated.param });
    for (const [s, v] of Object.entries(updated.state)) updates.push({ name: `${s}.${p.name}`, value: v });
  }
  for (const p of m.params) {
    if (p.role !== "buffer") continue;
    updates.push({ name: p.name, value: gradOf.get(`update.${p.name}`) ?? byName.get(p.name)! });
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
  const total = r.kind === "l2" ? b.sum(b.mul(w, w), all) : b.sum(b.op("abs", [w]), all);
  return b.mul(b.scalar(r.lambda), total);
}
