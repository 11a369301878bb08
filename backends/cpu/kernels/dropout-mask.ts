// dropout_mask on the CPU: the same hash of (seed, element index) as the WGSL kernel, so both backends draw the
// same mask.

import type { CpuFamily } from "./kernel.js";

/** lowbias32 (Chris Wellons' integer hash): uniform in [0, 1) from (seed, i). */
export function hashUniform(seed: number, i: number): number {
  let x = (i ^ Math.imul(seed, 0x9e3779b9)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  return (x >>> 8) / 16777216;
}

export const dropoutKernels: CpuFamily<"dropout_mask"> = {
  dropout_mask:
    ({ attrs: { p, stream } }) =>
    ({ inputs: [seed], output }) => {
      const scale = 1 / (1 - p);
      // Each dropout layer draws from its own stream of the step's seed.
      const s = ((seed[0] ?? 0) ^ Math.imul(stream, 0x85ebca6b)) | 0;
      for (let i = 0; i < output.length; i++) output[i] = hashUniform(s, i) < p ? 0 : scale;
    },
};
