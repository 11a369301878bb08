// A model declaration → a CheckedModel: its statements (each once; LANGUAGE §4), then its network (network.ts),
// and whether the loss fits the target and the data the input (fit.ts), and the settings are in range.

import type * as A from "./ast.js";
import { bindArgs, convertArg, intList, plainType } from "./args.js";
import { checkData, checkLoss } from "./fit.js";
import {
  checkOptimizer,
  lossKind,
  optimizerKind,
  regularizerKind,
  type RegularizerSpec,
  type TargetSpec,
  type TrainSpec,
} from "./model-specs.js";
import { checkNetwork, type NetworkResult } from "./network.js";
import { checkTrain } from "./train-settings.js";
import { error, hasErrors, primary, secondary, type Checked, type Diagnostic } from "../diagnostics.js";
import type { CheckedModel } from "../program.js";
import { fmtDims, numel, type Shape } from "../shape.js";

const REQUIRED = ["input", "target", "network", "loss", "optimizer"] as const;

const EXAMPLES: Record<(typeof REQUIRED)[number], string> = {
  input: "input x: [1, 28, 28]",
  target: "target y: class(10)",
  network: "network { flatten; linear(10) }",
  loss: "loss cross_entropy",
  optimizer: "optimizer sgd(lr=0.01)",
};

type StmtOf<K extends A.ModelStmt["kind"]> = Extract<A.ModelStmt, { kind: K }>;

export interface ModelResult {
  /** The checked model, when it has no errors. */
  readonly model: CheckedModel | undefined;
  /** The user layers its network expanded. */
  readonly used: ReadonlySet<A.LayerDecl>;
}

export function checkModel(
  decl: A.ModelDecl,
  layers: ReadonlyMap<string, A.LayerDecl>,
): Checked<ModelResult> {
  const diags: Diagnostic[] = [];
  const seen = new Map<string, A.ModelStmt>();
  for (const s of decl.statements) {
    const prev = seen.get(s.kind);
    if (prev && s.kind !== "regularize") {
      diags.push(
        error("E2013", `model \`${decl.name.name}\` has two \`${s.kind}\` statements`, [
          primary(s.span, "again here"),
          secondary(prev.span, "first here"),
        ]).withHelp(s.kind === "input" ? "a model takes one input" : `keep one \`${s.kind}\``),
      );
    } else if (!prev) seen.set(s.kind, s);
  }
  for (const kind of REQUIRED) {
    if (!seen.has(kind)) {
      diags.push(
        error("E2014", `model \`${decl.name.name}\` has no \`${kind}\``, [
          primary(decl.name.span, `needs \`${kind}\``),
        ]).withHelp(`add a line such as \`${EXAMPLES[kind]}\``),
      );
    }
  }
  /** The first statement of a kind: a second one is an error above. */
  const get = <K extends A.ModelStmt["kind"]>(k: K): StmtOf<K> | undefined =>
    decl.statements.find((s): s is StmtOf<K> => s.kind === k);
  const take = <T>(r: Checked<T>): T => {
    for (const item of r.diagnostics) diags.push(item);
    return r.value;
  };

  const inputStmt = get("input");
  const inputShape = inputStmt && take(shapeOf(inputStmt.shape, "the input's shape"));
  const targetStmt = get("target");
  const target = targetStmt && take(checkTarget(targetStmt));
  const lossStmt = get("loss");
  const loss = lossStmt && take(convertArg(lossKind, lossStmt.loss, "the loss"));
  const regularizers: RegularizerSpec[] = [];
  for (const s of decl.statements) {
    if (s.kind !== "regularize") continue;
    for (const t of s.terms) {
      const r = take(convertArg(regularizerKind, t, "a regularizer"));
      if (r && !(r.lambda >= 0)) {
        diags.push(
          error("E3008", "a regularization strength cannot be negative", [primary(t.span, "must be ≥ 0")]),
        );
      } else if (r) regularizers.push(r);
    }
  }
  const optStmt = get("optimizer");
  const optimizer = optStmt && take(convertArg(optimizerKind, optStmt.optimizer, "the optimizer"));
  if (optimizer && optStmt) diags.push(...checkOptimizer(optimizer, optStmt.optimizer.span));
  const trainStmt = get("train");
  const settings = trainStmt && take(checkTrain(trainStmt));
  // Accuracy is the default metric of classifiers (LANGUAGE §9); regression has none.
  const train: TrainSpec | undefined = settings && {
    ...settings,
    metrics: settings.metrics ?? (target?.kind === "class" ? ["accuracy"] : []),
  };

  const networkStmt = get("network");
  let net: NetworkResult | undefined;
  if (networkStmt && inputStmt && inputShape)
    net = take(checkNetwork(networkStmt.body, { name: inputStmt.name, shape: inputShape }, layers));
  const output = net?.output;
  if (output && target && loss && lossStmt) diags.push(...checkLoss(loss, lossStmt, output, target));
  if (train && trainStmt && inputStmt && inputShape && target)
    for (const item of checkData(train, trainStmt, inputStmt, inputShape, target)) diags.push(item);

  const used = net?.used ?? new Set<A.LayerDecl>();
  const network = net?.network;
  if (hasErrors(diags) || !network || !inputStmt || !inputShape || !target || !loss || !optimizer)
    return { value: { model: undefined, used }, diagnostics: diags };
  const model: CheckedModel = {
    name: decl.name.name,
    span: decl.span,
    input: { name: inputStmt.name.name, shape: inputShape },
    target,
    nodes: network.nodes,
    params: network.params,
    rows: network.rows,
    uses: network.uses,
    parameterCount: network.params.filter((p) => p.role !== "buffer").reduce((s, p) => s + numel(p.shape), 0),
    loss,
    regularizers,
    optimizer,
    train,
  };
  return { value: { model, used }, diagnostics: diags };
}

/** A declared shape: a non-empty list of positive integers. */
function shapeOf(v: A.Value, what: string): Checked<Shape | undefined> {
  const dims = convertArg(intList, v, what);
  if (!dims.value || (dims.value.length > 0 && dims.value.every((d) => d >= 1))) return dims;
  return {
    value: undefined,
    diagnostics: [
      error("E3008", `${what} needs positive dimensions, not ${fmtDims(dims.value)}`, [
        primary(v.span, "each dimension must be ≥ 1"),
      ]).withHelp("the batch dimension is implicit: declare the shape of one example, e.g. `[1, 28, 28]`"),
    ],
  };
}

const classCount = plainType("an integer", (v) =>
  v.kind === "number" && Number.isInteger(v.value) ? v.value : undefined,
);

function checkTarget(s: A.TargetStmt): Checked<TargetSpec | undefined> {
  const v = s.type;
  if (v.kind === "list") {
    const shape = shapeOf(v, "the target's shape");
    return {
      value: shape.value && { kind: "real", name: s.name.name, shape: shape.value, span: s.span },
      diagnostics: shape.diagnostics,
    };
  }
  if (v.kind === "call" && v.callee.name === "class") {
    const bound = bindArgs(v, { classes: { type: classCount, required: true } }, "`class`");
    if (!bound.value) return { value: undefined, diagnostics: bound.diagnostics };
    const { args, spans } = bound.value;
    if (args.classes < 2) {
      const d = error("E3008", "a class target needs at least 2 classes", [
        primary(spans.classes, "must be ≥ 2"),
      ]);
      return { value: undefined, diagnostics: [...bound.diagnostics, d] };
    }
    return {
      value: { kind: "class", name: s.name.name, classes: args.classes, span: s.span },
      diagnostics: bound.diagnostics,
    };
  }
  return {
    value: undefined,
    diagnostics: [
      error("E2006", "a target is `class(K)` or a shape", [primary(v.span, "not a target type")]).withHelp(
        "`target label: class(10)` for class labels, `target y: [3]` for real values",
      ),
    ],
  };
}
