// `nnc check --verbose`: per stage of the summary, the FLOPs of one example's forward pass and the memory of the
// activations it makes, then the memory of a training step at the file's batch (parameters, gradients, optimizer
// state, activations), as Keras' summary and Darknet's op counts report them. FLOPs come from the forward IR
// (compiler/flops.ts), the step's memory from the same estimate that refuses a model too big to train.

import { flopsByNode } from "../compiler/flops.js";
import type { CompiledModel } from "../compiler/pipeline.js";
import { fmtCount, fmtShape, numel } from "../compiler/shape.js";
import { estimateTrainingMemory, size } from "../runtime/memory-estimate.js";

export interface StageCost {
  /** FLOPs of the row's nodes for one example (forward pass, evaluation mode). */
  readonly flops: number;
  /** Bytes of the f32 tensors the row's nodes output for one example. */
  readonly activations: number;
}

/** One cost per row of `m.rows`. */
export function stageCosts(m: CompiledModel): StageCost[] {
  const flops = flopsByNode(m.programs.forward);
  return m.rows.map((row) => {
    let f = 0;
    let a = 0;
    for (let id = row.nodes[0]; id < row.nodes[1]; id++) {
      const node = m.nodes[id]!;
      f += flops.get(id) ?? 0;
      if (node.kind !== "const") a += 4 * numel(node.shape);
    }
    return { flops: f, activations: a };
  });
}

export function renderCosts(m: CompiledModel): string {
  const costs = stageCosts(m);
  const rows = m.rows.map((r, i) => [
    "  ".repeat(r.depth) + (r.name || "·"),
    fmtShape(r.shape),
    fmtCount(costs[i]!.flops),
    size(costs[i]!.activations),
  ]);
  const top = costs.filter((_, i) => m.rows[i]!.depth === 0);
  const total = [
    "total",
    "",
    fmtCount(sum(top.map((c) => c.flops))),
    size(sum(top.map((c) => c.activations))),
  ];
  const out = [`model ${m.name}: cost per example`, ""];
  out.push(...table([["stage", "output", "FLOPs", "activations"], ...rows, total]));
  out.push("");
  out.push(
    "  FLOPs of the forward pass for one example; a multiply-add counts as 2 FLOPs, an element-wise op 1 per",
  );
  out.push("  element, moving data 0. Activations: the float32 outputs of the stage for one example.");
  if (m.train) {
    const batch = m.train.batch;
    const e = estimateTrainingMemory(m.programs.step, batch, batch);
    const total = e.parameters + e.gradients + e.optimizer + e.stepActivations;
    out.push("");
    out.push(`  a training step at batch ${batch}: ${size(total)}`);
    out.push(
      ...table([
        ["parameters", size(e.parameters)],
        ["gradients", size(e.gradients)],
        ["optimizer state", size(e.optimizer)],
        ["activations", size(e.stepActivations)],
      ]).map((l) => `  ${l}`),
    );
  }
  return out.join("\n") + "\n";
}

/** Left-aligned first column, the others right-aligned; two spaces of indent and of gap. */
function table(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, i) => rows.reduce((w, r) => Math.max(w, [...r[i]!].length), 0));
  return rows.map(
    (r) =>
      "  " +
      r
        .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
        .join("  ")
        .trimEnd(),
  );
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
