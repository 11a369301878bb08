// Whether the parts of a model fit one another: the loss the network's output and the target (LANGUAGE §7), the
// data set the input and the target, the metrics the target (LANGUAGE §9.1). Errors are E3006 and E3007.

import type * as A from "./ast.js";
import { knownDataShape, type LossSpec, type TargetSpec, type TrainSpec } from "./model-specs.js";
import { error, primary, secondary, warning, type Diagnostic } from "../diagnostics.js";
import type { NetNode } from "../program.js";
import { fmtDims, fmtShape, numel, sameShape, type Shape } from "../shape.js";

/** LANGUAGE §7: the loss must fit the network's output and the target. */
export function checkLoss(loss: LossSpec, stmt: A.LossStmt, out: NetNode, target: TargetSpec): Diagnostic[] {
  const diags: Diagnostic[] = [];
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
      return diags;
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
      return diags;
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
    return diags;
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
    return diags;
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
    return diags;
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
  return diags;
}

/** LANGUAGE §9.1: a data set whose shape is known must fit the input; its classes must fit the target. */
export function checkData(
  train: TrainSpec,
  stmt: A.TrainStmt,
  input: A.InputStmt,
  shape: Shape,
  target: TargetSpec,
): Diagnostic[] {
  const diags: Diagnostic[] = [];
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
  return diags;
}
