/** argmax(x) over the last axis: f32 [.., k] → i32 [..], the first index of the maximum (as torch.argmax). */
import type { OpDef } from "./op-def.js";

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
  wgsl: {
    kind: "custom",
    body: (ctx) => {
      const k = ctx.inputs[0]!.shape.at(-1)!;
      // The first index of the maximum, as torch.argmax.
      return [
        `var best = 0i;`,
        `var bestV = in0[i * ${k}u];`,
        `for (var j = 1u; j < ${k}u; j++) {`,
        `    let v = in0[i * ${k}u + j];`,
        `    if (v > bestV) { bestV = v; best = i32(j); }`,
        `  }`,
        `  out[i] = best;`,
      ].join("\n  ");
    },
  },
};
