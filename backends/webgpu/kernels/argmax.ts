// argmax in WGSL. Software: one invocation scans a row. Hardware: a workgroup of 64 per row, each invocation
// scanning a strided slice, then a tree over (value, index) pairs in workgroup memory that keeps the lower index on
// ties, as torch.argmax does.

import type { WgslCtx } from "../wgsl-ctx.js";
import type { WgslFamily } from "./kernel.js";
import type { Dim } from "../../../compiler/ir/value.js";
import { reduceThreads } from "./reduce.js";

export const argmaxKernels: WgslFamily<"argmax"> = {
  argmax: (ins, ctx) => ({
    per: ctx.target === "hardware" ? "a workgroup of 64 per row" : "one invocation per row",
    threads: reduceThreads(ctx.target),
    globals:
      ctx.target === "hardware"
        ? "var<workgroup> partV: array<f32, 64>;\nvar<workgroup> partI: array<i32, 64>;"
        : "",
    body: argmaxBody(ctx, ins.args[0].type.shape.at(-1)),
  }),
};

function argmaxBody(ctx: WgslCtx, k: Dim | undefined): string {
  const count = ctx.count(ctx.output.shape);
  if (ctx.target === "software")
    return [
      `if (i >= ${count}) { return; }`,
      `var best = 0i;`,
      `var bestV = in0[i * ${k}u];`,
      `for (var j = 1u; j < ${k}u; j++) {`,
      `  let v = in0[i * ${k}u + j];`,
      `  if (v > bestV) { bestV = v; best = i32(j); }`,
      `}`,
      `out[i] = best;`,
    ].join("\n  ");
  // -1 marks a lane that saw no element; it loses every comparison.
  const better = (v: string, j: string, bv: string, bj: string) =>
    `${j} >= 0 && (${bj} < 0 || ${v} > ${bv} || (${v} == ${bv} && ${j} < ${bj}))`;
  return [
    `let o = i / 64u;`,
    `let lane = i % 64u;`,
    `let row = min(o, ${count} - 1u) * ${k}u;`,
    `var bestV = 0.0;`,
    `var best = -1i;`,
    `for (var j = lane; j < ${k}u; j += 64u) {`,
    `  let v = in0[row + j];`,
    `  if (best < 0 || v > bestV) { bestV = v; best = i32(j); }`,
    `}`,
    `partV[lane] = bestV;`,
    `partI[lane] = best;`,
    `workgroupBarrier();`,
    `for (var s = 32u; s > 0u; s = s >> 1u) {`,
    `  if (lane < s && ${better("partV[lane + s]", "partI[lane + s]", "partV[lane]", "partI[lane]")}) {`,
    `    partV[lane] = partV[lane + s];`,
    `    partI[lane] = partI[lane + s];`,
    `  }`,
    `  workgroupBarrier();`,
    `}`,
    `if (o < ${count} && lane == 0u) { out[o] = max(partI[0], 0i); }`,
  ].join("\n  ");
}
