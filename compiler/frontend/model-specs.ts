// The vocabularies of a model's statements (LANGUAGE §4, §7–§9): losses, regularizers, optimizers, learning-rate
// schedules and data sources, each a family of calls with its own signature. Their types are derived from here.

import { argSpan, bool, callOf, either, float, int, maybe, opt, req, str, type ConvertedBy } from "./args.js";
import { error, primary, type Diagnostic } from "../diagnostics.js";
import type { Shape } from "../shape.js";
import type { Span } from "../source.js";

export const lossKind = callOf(
  {
    cross_entropy: {},
    hinge: { margin: opt(float, 1) },
    mse: {},
    binary_cross_entropy: {},
  },
  "loss",
);
export type LossSpec = ConvertedBy<typeof lossKind>;

/** `l2(1e-3)`: a model's `regularizer`, or a layer's own `regularize=`. */
export const regularizerKind = callOf(
  { l2: { lambda: req(float) }, l1: { lambda: req(float) } },
  "regularizer",
);
export type RegularizerSpec = ConvertedBy<typeof regularizerKind>;

export const scheduleKind = callOf(
  {
    step: { lr: req(float), every: req(int), gamma: opt(float, 0.1) },
    exponential: { lr: req(float), gamma: req(float) },
    cosine: { lr: req(float), epochs: maybe(int) },
  },
  "learning-rate schedule",
);
export type Schedule = ConvertedBy<typeof scheduleKind>;

/** A constant learning rate, or a schedule whose `lr` is the starting rate. */
export const learningRate = either(float, scheduleKind);
export type LearningRate = number | Schedule;

export const optimizerKind = callOf(
  {
    sgd: { lr: req(learningRate), momentum: opt(float, 0), nesterov: opt(bool, false) },
    adam: {
      lr: opt(learningRate, 1e-3),
      beta1: opt(float, 0.9),
      beta2: opt(float, 0.999),
      eps: opt(float, 1e-8),
    },
    adamw: {
      lr: opt(learningRate, 1e-3),
      beta1: opt(float, 0.9),
      beta2: opt(float, 0.999),
      eps: opt(float, 1e-8),
      weight_decay: opt(float, 0.01),
    },
    rmsprop: { lr: opt(learningRate, 1e-2), alpha: opt(float, 0.99), eps: opt(float, 1e-8) },
  },
  "optimizer",
);
export type OptimizerSpec = ConvertedBy<typeof optimizerKind>;

export const dataKind = callOf(
  {
    fashion_mnist: {},
    mnist: {},
    cifar10: {},
    idx: { images: req(str), labels: req(str), test_images: maybe(str), test_labels: maybe(str) },
    csv: { path: req(str), label: opt(str, "label"), test: maybe(str) },
    spiral: { classes: opt(int, 3), points: opt(int, 100), noise: opt(float, 0.2) },
  },
  "data source",
);
export type DataSource = ConvertedBy<typeof dataKind>;

/** What the named data sets and `spiral` hold, known without reading them (LANGUAGE §9.1). */
export function knownDataShape(d: DataSource): { shape: Shape; classes: number } | undefined {
  switch (d.kind) {
    case "fashion_mnist":
    case "mnist":
      return { shape: [1, 28, 28], classes: 10 };
    case "cifar10":
      return { shape: [3, 32, 32], classes: 10 };
    case "spiral":
      return { shape: [2], classes: d.classes };
    default:
      return undefined;
  }
}

export type TargetSpec =
  | { readonly kind: "class"; readonly name: string; readonly classes: number; readonly span: Span }
  | { readonly kind: "real"; readonly name: string; readonly shape: Shape; readonly span: Span };

export type Metric = "accuracy" | "top5";

export interface TrainSpec {
  readonly data: DataSource;
  readonly batch: number;
  readonly epochs: number;
  readonly seed: number;
  readonly shuffle: boolean;
  /** The fraction of the training set held out, or undefined. */
  readonly validation: number | undefined;
  readonly earlyStop: { readonly patience: number; readonly minDelta: number } | undefined;
  readonly metrics: readonly Metric[];
}

/** The signature of each `train` setting: `batch 64` binds like `batch(64)`. */
export const SETTINGS = {
  data: { source: req(dataKind) },
  batch: { size: req(int) },
  epochs: { count: req(int) },
  seed: { value: req(int) },
  shuffle: { enabled: req(bool) },
  validation: { fraction: req(float) },
  early_stop: { patience: opt(int, 3), min_delta: opt(float, 0) },
} as const;

/** Range checks of nested calls (`sgd(lr=-1)`), which their signatures alone cannot say: the first one failed. */
export function checkOptimizer(o: OptimizerSpec, written: Span): Diagnostic[] {
  const at = (key: string): Span => {
    if (key === "lr" && typeof o.lr !== "number") return argSpan(o.lr, "lr") ?? written;
    return argSpan(o, key) ?? written;
  };
  const fail = (key: string, msg: string, label: string, help?: string): Diagnostic[] => {
    const d = error("E3008", msg, [primary(at(key), label)]);
    return [help ? d.withHelp(help) : d];
  };
  const lr = typeof o.lr === "number" ? o.lr : o.lr.lr;
  if (!(lr > 0)) return fail("lr", `the learning rate must be positive, not ${lr}`, "must be > 0");
  if (typeof o.lr !== "number") {
    const s = o.lr;
    if ((s.kind === "step" || s.kind === "exponential") && !(s.gamma > 0))
      return fail("lr", `\`gamma\` of \`${s.kind}\` must be positive, not ${s.gamma}`, "must be > 0");
    if (s.kind === "step" && s.every < 1)
      return fail("lr", "`every` must be at least 1 epoch", "must be ≥ 1");
    if (s.kind === "cosine" && s.epochs !== undefined && s.epochs < 1)
      return fail("lr", "`epochs` of `cosine` must be at least 1", "must be ≥ 1");
  }
  switch (o.kind) {
    case "sgd":
      if (o.momentum < 0) return fail("momentum", "`momentum` cannot be negative", "must be ≥ 0");
      if (o.nesterov && o.momentum <= 0)
        return fail(
          "nesterov",
          "Nesterov momentum needs a positive `momentum`",
          "needs momentum > 0",
          "e.g. `sgd(lr=0.01, momentum=0.9, nesterov=true)`",
        );
      return [];
    case "adam":
    case "adamw":
      if (!(o.beta1 >= 0 && o.beta1 < 1)) return fail("beta1", "`beta1` must be in [0, 1)", "0 ≤ beta1 < 1");
      if (!(o.beta2 >= 0 && o.beta2 < 1)) return fail("beta2", "`beta2` must be in [0, 1)", "0 ≤ beta2 < 1");
      if (!(o.eps > 0)) return fail("eps", "`eps` must be positive", "must be > 0");
      if (o.kind === "adamw" && o.weight_decay < 0)
        return fail("weight_decay", "`weight_decay` cannot be negative", "must be ≥ 0");
      return [];
    case "rmsprop":
      if (!(o.alpha >= 0 && o.alpha <= 1)) return fail("alpha", "`alpha` must be in [0, 1]", "0 ≤ alpha ≤ 1");
      if (!(o.eps > 0)) return fail("eps", "`eps` must be positive", "must be > 0");
      return [];
  }
}
