/**
 * dropout_mask(seed): f32 of `shape`, each element 0 with probability p and 1/(1-p) otherwise, as
 * torch.nn.Dropout scales. The randomness is a hash of (seed, element index), so the CPU and WGSL kernels draw
 * the same mask and a run is reproducible from its seed.
 */
import type { Dim } from "../ir/types.js";
import type { OpDef } from "./op-def.js";
import { wgslFloat } from "../lower/wgsl-ctx.js";

/** lowbias32 (Chris Wellons' integer hash): uniform in [0, 1) from (seed, i). */
export function hashUniform(seed: number, i: number): number {
  let x = (i ^ Math.imul(seed, 0x9e3779b9)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  return (x >>> 8) / 16777216;
}

export const dropout_mask: OpDef = {
  doc: "a random keep-mask scaled by 1/(1-p)",
  arity: 1,
  attrs: ["p", "shape", "stream"],
  type: ([seed], attrs) =>
    seed!.dtype !== "i32" || seed!.shape.length !== 0
      ? "expects an i32 scalar seed"
      : { dtype: "f32", shape: attrs["shape"] as readonly Dim[] },
  vjp: () => [undefined],
  cpu: {
    kind: "custom",
    run({ inputs: [seed], output, attrs }) {
      const p = attrs["p"] as number;
      const scale = 1 / (1 - p);
      // Each dropout layer draws from its own stream of the step's seed.
      const s = (seed![0]! ^ Math.imul((attrs["stream"] as number | undefined) ?? 0, 0x85ebca6b)) | 0;
      for (let i = 0; i < output.length; i++) output[i] = hashUniform(s, i) < p ? 0 : scale;
    },
  },
  wgsl: {
    kind: "custom",
    body: (ctx) => {
      const p = ctx.attrs["p"] as number;
      const stream = (ctx.attrs["stream"] as number | undefined) ?? 0;
      // The same lowbias32 hash as hashUniform above, in u32 arithmetic (which wraps as Math.imul does).
      return [
        `let s = bitcast<u32>(in0[0]) ^ (${stream >>> 0}u * 0x85ebca6bu);`,
        `var x = i ^ (s * 0x9e3779b9u);`,
        `x = (x ^ (x >> 16u)) * 0x7feb352du;`,
        `x = (x ^ (x >> 15u)) * 0x846ca68bu;`,
        `x = x ^ (x >> 16u);`,
        `let u = f32(x >> 8u) / 16777216.0;`,
        `out[i] = select(${wgslFloat(1 / (1 - p))}, 0.0, u < ${wgslFloat(p)});`,
      ].join("\n  ");
    },
  },
};
