// A model declaration → a CheckedModel: its statements (each once; LANGUAGE §4), its network (network.ts), and
// whether the loss fits the target, the data fits the input, and the settings are in range.

import type * as A from "./ast.js";
import { bindArgs, intList, typeMismatch, unknownName, word } from "./args.js";
import { error, primary, secondary, warning, type Diagnostic } from "../diagnostics.js";
import {
  checkOptimizer,
  knownDataShape,
  lossKind,
  optimizerKind,
  regularizerKind,
  SETTINGS,
  type LossSpec,
  type Metric,
  type OptimizerSpec,
  type RegularizerSpec,
  type TargetSpec,
  type TrainSpec,
} from "./model-specs.js";
import { NetworkBuilder } from "./network.js";
import type { CheckedModel, NetNode } from "../program.js";
import { fmtDims, fmtShape, numel, sameShape, type Shape } from "../shape.js";
import type { Span } from "../source.js";

const REQUIRED = ["input", "target", "network", "loss", "optimizer"] as const;

const EXAMPLES: Record<(typeof REQUIRED)[number], string> = {
  input: "input x: [1, 28, 28]",
  target: "target y: class(10)",
  network: "network { flatten; linear(10) }",
  loss: "loss cross_entropy",
  optimizer: "optimizer sgd(lr=0.01)",
};

export function checkModel(
  decl: A.ModelDecl,
  layers: ReadonlyMap<string, A.LayerDecl>,
  builder: NetworkBuilder,
  diags: Diagnostic[],
): CheckedModel | undefined {
  const errorsBefore = diags.filter((d) => d.severity === "error").length;
  const byKind = new Map<string, A.ModelStmt>();
  for (const s of decl.statements) {
    const prev = byKind.get(s.kind);
    if (prev && s.kind !== "regularize") {
      diags.push(
        error("E2013", `model \`${decl.name.name}\` has two \`${s.kind}\` statements`, [
          primary(s.span, "again here"),
          secondary(prev.span, "first here"),
        ]).withHelp(s.kind === "input" ? "a model takes one input" : `keep one \`${s.kind}\``),
      );
    } else if (!prev) byKind.set(s.kind, s);
  }
  for (const kind of REQUIRED) {
    if (!byKind.has(kind)) {
      diags.push(
        error("E2014", `model \`${decl.name.name}\` has no \`${kind}\``, [
          primary(decl.name.span, `needs \`${kind}\``),
        ]).withHelp(`add a line such as \`${EXAMPLES[kind]}\``),
      );
    }
  }
  const get = <K extends A.ModelStmt["kind"]>(k: K) =>
    byKind.get(k) as Extract<A.ModelStmt, { kind: K }> | undefined;

  const inputStmt = get("input");
  const inputShape = inputStmt && shapeOf(inputStmt.shape, "the input's shape", diags);
  const targetStmt = get("target");
  const target = targetStmt && checkTarget(targetStmt, diags);
  const lossStmt = get("loss");
  const loss = lossStmt && convert(lossKind, lossStmt.loss, diags, "the loss");
  const regularizers: RegularizerSpec[] = [];
  for (const s of decl.statements) {
    if (s.kind !== "regularize") continue;
    for (const t of s.terms) {
      const r = convert(regularizerKind, t, diags, "a regularizer");
      if (r && !(r.lambda >= 0)) {
        diags.push(
          error("E3008", "a regularization strength cannot be negative", [primary(t.span, "must be ≥ 0")]),
        );
      } else if (r) regularizers.push(r);
    }
  }
  const optStmt = get("optimizer");
  let optimizer = optStmt && convert(optimizerKind, optStmt.optimizer, diags, "the optimizer");
  if (optimizer && optStmt && !checkOptimizer(optimizer, optStmt.optimizer as A.CallValue, diags))
    optimizer = undefined;
  const trainStmt = get("train");
  const checkedTrain = trainStmt && checkTrain(trainStmt, diags);
  // Accuracy is the default metric of classifiers (LANGUAGE §9); regression has none.
  const train: TrainSpec | undefined = checkedTrain && {
    ...checkedTrain,
    metrics: checkedTrain.metrics ?? (target?.kind === "class" ? ["accuracy"] : []),
  };

  const networkStmt = get("network");
  let nodes: NetNode[] = [];
  let net: ReturnType<NetworkBuilder["build"]> | undefined;
  if (networkStmt && inputStmt && inputShape) {
    net = builder.build(networkStmt.body, { name: inputStmt.name, shape: inputShape });
    nodes = net.nodes;
  }
  const output = net?.output === undefined ? undefined : nodes[net.output];

  if (output && target && loss && lossStmt) checkLoss(loss, lossStmt, output, target, diags);
  if (train && trainStmt && inputStmt && inputShape && target)
    checkData(train, trainStmt, inputStmt, inputShape, target, diags);

  const failed = diags.filter((d) => d.severity === "error").length > errorsBefore;
  if (failed || !net || !output || !inputStmt || !inputShape || !target || !loss || !optimizer)
    return undefined;
  return {
    name: decl.name.name,
    span: decl.span,
    input: { name: inputStmt.name.name, shape: inputShape },
    target,
    nodes,
    params: net.params,
    rows: net.rows,
    parameterCount: net.params.filter((p) => p.role !== "buffer").reduce((s, p) => s + numel(p.shape), 0),
    loss,
    regularizers,
    optimizer: optimizer as OptimizerSpec,
    train,
  };
}

function convert<T>(
  type: { describe: string; convert(v: A.Value, d: Diagnostic[]): T | undefined },
  v: A.Value,
  diags: Diagnostic[],
  what: string,
): T | undefined {
  const before = diags.length;
  const out = type.convert(v, diags);
  if (out === undefined && diags.length === before) diags.push(typeMismatch(v, type.describe, what));
  return out;
}

/** A declared shape: a non-empty list of positive integers. */
function shapeOf(v: A.Value, what: string, diags: Diagnostic[]): Shape | undefined {
  const dims = convert(intList, v, diags, what);
  if (!dims) return undefined;
  if (dims.length === 0 || dims.some((d) => d < 1)) {
    diags.push(
      error("E3008", `${what} needs positive dimensions, not ${fmtDims(dims)}`, [
        primary(v.span, "each dimension must be ≥ 1"),
      ]).withHelp("the batch dimension is implicit: declare the shape of one example, e.g. `[1, 28, 28]`"),
    );
    return undefined;
  }
  return dims;
}

function checkTarget(s: A.TargetStmt, diags: Diagnostic[]): TargetSpec | undefined {
  const v = s.type;
  if (v.kind === "list") {
    const shape = shapeOf(v, "the target's shape", diags);
    return shape && { kind: "real", name: s.name.name, shape, span: s.span };
  }
  if (v.kind === "call" && v.callee.name === "class") {
    const bound = bindArgs(
      v,
      { classes: { type: { describe: "an integer", convert: intOf }, required: true } },
      "`class`",
      diags,
    );
    if (!bound) return undefined;
    if (bound.args.classes < 2) {
      diags.push(
        error("E3008", "a class target needs at least 2 classes", [
          primary(bound.spans.classes, "must be ≥ 2"),
        ]),
      );
      return undefined;
    }
    return { kind: "class", name: s.name.name, classes: bound.args.classes, span: s.span };
  }
  diags.push(
    error("E2006", "a target is `class(K)` or a shape", [primary(v.span, "not a target type")]).withHelp(
      "`target label: class(10)` for class labels, `target y: [3]` for real values",
    ),
  );
  return undefined;
}

function intOf(v: A.Value): number | undefined {
  return v.kind === "number" && Number.isInteger(v.value) ? v.value : undefined;
}

/** LANGUAGE §7: the loss must fit the network's output and the target. */
function checkLoss(
  loss: LossSpec,
  stmt: A.LossStmt,
  out: NetNode,
  target: TargetSpec,
  diags: Diagnostic[],
): void {
  const lossName = `\`${loss.kind}\``;
  const outLabel = secondary(out.span, `the network's output is ${fmtShape(out.shape)}`);
  const flattenHelp =
    out.shape.length > 1 ? ["add `flatten` before the last `linear`, so that it sees whole examples"] : [];
  if (loss.kind === "cross_entropy" || loss.kind === "hinge") {
    if (target.kind !== "class") {
      diags.push(
        error("E3006", `${lossName} needs class labels, but \`${target.name}\` is real-valued`, [
          primary(stmt.loss.span, "needs `class(K)` targets"),
          secondary(target.span, "declared here"),
        ]).withHelp(`declare \`target ${target.name}: class(K)\`, or use \`mse\` for regression`),
      );
      return;
    }
    if (out.shape.length !== 1 || out.shape[0] !== target.classes) {
      const k = target.classes;
      diags.push(
        error(
          "E3006",
          `${lossName} needs ${k} scores per example, but the network gives ${fmtShape(out.shape)}`,
          [primary(stmt.loss.span, `needs [N, ${k}]`), outLabel, secondary(target.span, `${k} classes`)],
        ).withHelp(...(flattenHelp.length ? flattenHelp : [`end the network with \`linear(${k})\``])),
      );
      return;
    }
    if (loss.kind === "cross_entropy" && out.kind === "layer" && out.layer === "softmax") {
      diags.push(
        warning(
          "W0001",
          "`cross_entropy` applies softmax itself, and the network already ends in `softmax`",
          [primary(out.span, "softmax applied twice"), secondary(stmt.loss.span, "takes logits")],
        ).withHelp("remove the final `softmax`: `cross_entropy` takes raw scores (logits)"),
      );
    }
    return;
  }
  // mse and binary_cross_entropy compare the output with real-valued targets of the same shape.
  if (target.kind !== "real") {
    diags.push(
      error("E3006", `${lossName} needs real-valued targets, but \`${target.name}\` holds class labels`, [
        primary(stmt.loss.span, "needs a target shape such as `[1]`"),
        secondary(target.span, "declared here"),
      ]).withHelp(
        loss.kind === "mse"
          ? "use `cross_entropy` or `hinge` for classes"
          : `declare \`target ${target.name}: [k]\` with values in [0, 1]`,
      ),
    );
    return;
  }
  if (!sameShape(out.shape, target.shape)) {
    diags.push(
      error(
        "E3006",
        `${lossName} compares the output ${fmtShape(out.shape)} with targets ${fmtShape(target.shape)}`,
        [
          primary(stmt.loss.span, "shapes must match"),
          outLabel,
          secondary(target.span, `targets are ${fmtShape(target.shape)}`),
        ],
      ).withHelp(
        ...(flattenHelp.length ? flattenHelp : [`end the network with \`linear(${numel(target.shape)})\``]),
      ),
    );
    return;
  }
  if (loss.kind === "binary_cross_entropy" && out.kind === "layer" && out.layer === "sigmoid") {
    diags.push(
      warning(
        "W0001",
        "`binary_cross_entropy` applies sigmoid itself, and the network already ends in `sigmoid`",
        [primary(out.span, "sigmoid applied twice"), secondary(stmt.loss.span, "takes logits")],
      ).withHelp("remove the final `sigmoid`: `binary_cross_entropy` takes raw scores (logits)"),
    );
  }
}

function checkTrain(
  stmt: A.TrainStmt,
  diags: Diagnostic[],
): (Omit<TrainSpec, "metrics"> & { metrics: readonly Metric[] | undefined }) | undefined {
  const seen = new Map<string, A.Setting>();
  const out: Record<string, unknown> = {};
  let ok = true;
  const names = [...Object.keys(SETTINGS), "metrics"];
  for (const s of stmt.settings) {
    const name = s.name.name;
    const prev = seen.get(name);
    if (prev) {
      diags.push(
        error("E2013", `\`${name}\` is set twice`, [
          primary(s.span, "again here"),
          secondary(prev.span, "first here"),
        ]),
      );
      ok = false;
      continue;
    }
    seen.set(name, s);
    if (name === "metrics") {
      const metric = word(["accuracy", "top5"] as const, "metric");
      const ms: Metric[] = [];
      for (const a of s.args) {
        const m = convert(metric, a.value, diags, "a metric");
        if (m) ms.push(m);
        else ok = false;
      }
      out.metrics = ms;
      continue;
    }
    if (!Object.hasOwn(SETTINGS, name)) {
      diags.push(unknownName(s.name, "train setting", names, "E2013"));
      ok = false;
      continue;
    }
    const sig = SETTINGS[name as keyof typeof SETTINGS];
    const call: A.CallValue = { kind: "call", callee: s.name, args: s.args, parens: true, span: s.span };
    const bound = bindArgs(call, sig, `setting \`${name}\``, diags);
    if (!bound) {
      ok = false;
      continue;
    }
    const args = bound.args as Record<string, unknown>;
    const [first] = Object.keys(sig);
    const value = args[first!];
    const at = (bound.spans as Record<string, Span>)[first!]!;
    const range = (cond: boolean, msg: string, label: string): void => {
      if (!cond) {
        diags.push(error("E3008", msg, [primary(at, label)]));
        ok = false;
      }
    };
    switch (name) {
      case "batch":
        range((value as number) >= 1, "the batch size must be at least 1", "must be ≥ 1");
        break;
      case "epochs":
        range((value as number) >= 1, "`epochs` must be at least 1", "must be ≥ 1");
        break;
      case "seed":
        range((value as number) >= 0, "the seed cannot be negative", "must be ≥ 0");
        break;
      case "validation":
        range(
          (value as number) > 0 && (value as number) < 1,
          "`validation` is a fraction between 0 and 1",
          "0 < fraction < 1",
        );
        break;
      case "early_stop":
        range((args.patience as number) >= 1, "`patience` must be at least 1 epoch", "must be ≥ 1");
        range((args.min_delta as number) >= 0, "`min_delta` cannot be negative", "must be ≥ 0");
        break;
    }
    out[name] = name === "early_stop" ? { patience: args.patience, minDelta: args.min_delta } : value;
  }
  if (!seen.has("data")) {
    diags.push(
      error("E2014", "the `train` block has no `data`", [primary(stmt.span, "needs `data`")]).withHelp(
        "add a line such as `data fashion_mnist` or `data spiral(classes=3)`",
      ),
    );
    ok = false;
  }
  const es = seen.get("early_stop");
  if (es && !seen.has("validation")) {
    diags.push(
      error("E2014", "`early_stop` watches the validation loss, and there is no validation set", [
        primary(es.span, "needs `validation`"),
      ]).withHelp("add `validation 0.1` to hold out a tenth of the training set"),
    );
    ok = false;
  }
  if (!ok) return undefined;
  return {
    data: out.data as TrainSpec["data"],
    batch: (out.batch as number) ?? 64,
    epochs: (out.epochs as number) ?? 1,
    seed: (out.seed as number) ?? 0,
    shuffle: (out.shuffle as boolean) ?? true,
    validation: out.validation as number | undefined,
    earlyStop: out.early_stop as TrainSpec["earlyStop"],
    metrics: out.metrics as Metric[] | undefined,
  };
}

/** LANGUAGE §9.1: a data set whose shape is known must fit the input; its classes must fit the target. */
function checkData(
  train: TrainSpec,
  stmt: A.TrainStmt,
  input: A.InputStmt,
  shape: Shape,
  target: TargetSpec,
  diags: Diagnostic[],
): void {
  const setting = stmt.settings.find((s) => s.name.name === "data")!;
  const metricsAt = stmt.settings.find((s) => s.name.name === "metrics");
  const known = knownDataShape(train.data);
  const src = `\`${train.data.kind}\``;
  if (known && numel(known.shape) !== numel(shape)) {
    diags.push(
      error(
        "E3007",
        `${src} examples are ${fmtDims(known.shape)}, which does not fit the input ${fmtDims(shape)}`,
        [
          primary(setting.span, `${numel(known.shape)} values per example`),
          secondary(input.span, `${numel(shape)} values per example`),
        ],
      ).withHelp(`declare \`input ${input.name.name}: ${fmtDims(known.shape)}\``),
    );
  }
  if (known && target.kind === "class" && known.classes !== target.classes) {
    diags.push(
      error(
        "E3007",
        `${src} has ${known.classes} classes, but \`${target.name}\` declares ${target.classes}`,
        [
          primary(setting.span, `${known.classes} classes`),
          secondary(target.span, `${target.classes} classes`),
        ],
      ).withHelp(`declare \`target ${target.name}: class(${known.classes})\``),
    );
  }
  if (known && target.kind === "real") {
    diags.push(
      error("E3007", `${src} holds class labels, but \`${target.name}\` is real-valued`, [
        primary(setting.span, "class labels"),
        secondary(target.span, "declared here"),
      ]).withHelp(`declare \`target ${target.name}: class(${known.classes})\``),
    );
  }
  if (
    train.data.kind === "spiral" &&
    (train.data.classes < 2 || train.data.points < 1 || train.data.noise < 0)
  ) {
    diags.push(
      error("E3008", "`spiral` needs at least 2 classes, at least 1 point per class and noise ≥ 0", [
        primary(setting.span, "out of range"),
      ]),
    );
  }
  for (const m of train.metrics) {
    if (target.kind !== "class") {
      diags.push(
        error("E3007", `\`${m}\` needs class labels, but \`${target.name}\` is real-valued`, [
          primary(metricsAt!.span, "for classifiers only"),
        ]),
      );
    } else if (m === "top5" && target.classes <= 5) {
      diags.push(
        error("E3007", `\`top5\` needs more than 5 classes; \`${target.name}\` has ${target.classes}`, [
          primary(metricsAt!.span, "always 100%"),
        ]).withHelp("use `accuracy`"),
      );
    }
  }
}
