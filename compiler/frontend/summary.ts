// `nnc check`'s report of a checked model: each stage with its output shape and parameter count, the total, the
// parameter names (checkpoint keys) and the training setup with every default filled in.

import type { CheckedModel } from "../program.js";
import { fmtCount, fmtDims, fmtShape, numel } from "../shape.js";

export function renderSummary(m: CheckedModel): string {
  const out: string[] = [`model ${m.name}`];
  out.push(`  input  ${m.input.name}: ${fmtDims(m.input.shape)}`);
  out.push(
    `  target ${m.target.name}: ${m.target.kind === "class" ? `class(${m.target.classes})` : fmtDims(m.target.shape)}`,
  );
  out.push("");
  const rows = m.rows.map((r) => [
    "  ".repeat(r.depth) + (r.name || "·"),
    r.layer,
    fmtShape(r.shape),
    fmtCount(r.params),
  ]);
  // A line at a time: a network of a million stages has more lines than a call takes arguments.
  const stages = table(
    [["stage", "layer", "output", "params"], ...rows, ["total", "", "", fmtCount(m.parameterCount)]],
    [3],
  );
  for (const line of stages) out.push(line);
  out.push("");
  if (m.params.length) {
    out.push("  parameters");
    const params = table(
      m.params.map((p) => [
        p.name,
        fmtDims(p.shape),
        p.role === "buffer" ? "buffer" : fmtCount(numel(p.shape)),
      ]),
      [2],
    );
    for (const line of params) out.push(line);
    out.push("");
  }
  out.push(`  loss       ${fmtSpec(m.loss)}`);
  if (m.regularizers.length) out.push(`  regularize ${m.regularizers.map(fmtSpec).join(", ")}`);
  for (const p of m.params)
    if (p.regularizers) out.push(`  regularize ${p.name}: ${p.regularizers.map(fmtSpec).join(", ")}`);
  out.push(`  optimizer  ${fmtSpec(m.optimizer)}`);
  if (m.train) {
    const t = m.train;
    const parts = [
      `data ${fmtSpec(t.data)}`,
      `batch ${t.batch}`,
      `epochs ${t.epochs}`,
      `seed ${t.seed}`,
      `shuffle ${t.shuffle}`,
      ...(t.validation !== undefined ? [`validation ${t.validation}`] : []),
      ...(t.earlyStop
        ? [`early_stop patience=${t.earlyStop.patience}, min_delta=${t.earlyStop.minDelta}`]
        : []),
      ...(t.metrics.length ? [`metrics ${t.metrics.join(", ")}`] : []),
    ];
    out.push(`  train      ${parts.join("; ")}`);
  } else out.push("  train      (no `train` block: `nnc train` needs one)");
  return out.join("\n") + "\n";
}

/** `sgd(lr=0.1, momentum=0, nesterov=false)`: a converted call with its defaults, for reports. */
export function fmtSpec(spec: object): string {
  const { kind, ...args } = spec as { kind: string } & Record<string, unknown>;
  const parts = Object.entries(args)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${fmtArg(v)}`);
  return parts.length ? `${kind}(${parts.join(", ")})` : kind;
}

function fmtArg(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "object" && v !== null) return fmtSpec(v);
  return String(v);
}

/** Left-aligned columns, except those listed, which align right; two spaces of indent and of gap. */
function table(rows: string[][], right: number[]): string[] {
  const widths = rows[0]!.map((_, i) => rows.reduce((w, r) => Math.max(w, [...r[i]!].length), 0));
  return rows.map(
    (r) =>
      "  " +
      r
        .map((cell, i) => {
          const pad = " ".repeat(widths[i]! - [...cell].length);
          return right.includes(i) ? pad + cell : cell + pad;
        })
        .join("  ")
        .trimEnd(),
  );
}
