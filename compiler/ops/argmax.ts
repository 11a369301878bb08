/** argmax(x) over the last axis: f32 [.., k] → i32 [..], the first index of the maximum (as torch.argmax). */
import type { OpDef } from "./op-def.js";
import { reduceThreads } from "../lower/wgsl-ctx.js";

export const argmax: OpDef = {
  doc: "index of the largest value in each row",
  arity: 1,
  attrs: [],
  type: ([x]) =>
    x!.dtype !== "f32" || x!.shape.length < 1
      ? "expects f32 of rank ≥ 1"
      : { dtype: "i32", shape: x!.shape.slice(0, -1) },
  vjp: () => [undefined],
  cpu: {
    kind: "custom",
    run({ inputs: [x], output, inputShapes: [shape] }) {
      const k = shape!.at(-1)!;
      for (let r = 0; r < output.length; r++) {
        let best = 0;
        let bestV = x![r * k]!;
        for (let j = 1; j < k; j++) {
          const v = x![r * k + j]!;
          if (v > bestV) {
            bestV = v;
            best = j;
          }
        }
        output[r] = best;
      }
    },
  },
  // Software: one invocation scans a row. Hardware: a workgroup of 64 per row, each invocation scanning a strided
  // slice, then a tree over (value, index) pairs in workgroup memory that keeps the lower index on ties.
  wgsl: {
    kind: "custom",
    per: (target) => (target === "hardware" ? "a workgroup of 64 per row" : "one invocation per row"),
    threads: reduceThreads,
    globals: (ctx) =>
      ctx.target === "hardware"
        ? "var<workgroup> partV: array<f32, 64>;\nvar<workgroup> partI: array<i32, 64>;"
        : "",
    body: (ctx) => {
      const k = ctx.inputs[0]!.shape.at(-1)!;
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
    },
  },
};
