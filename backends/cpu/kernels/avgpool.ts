// avgpool and its transpose on the CPU: padding counts as zeros in each window's mean (count_include_pad).

import { geometryOf } from "../../../compiler/ops/window.js";
import type { CpuFamily } from "./kernel.js";

export const avgpoolKernels: CpuFamily<"avgpool"> = {
  avgpool:
    ({ attrs }) =>
    ({ inputs: [x], output, inputShapes: [s] }) => {
      const g = geometryOf(s, attrs);
      const plane = g.h * g.w;
      const scale = 1 / (g.kh * g.kw);
      let o = 0;
      for (let nc = 0; nc < (s[0] ?? 0) * g.c; nc++) {
        const base = nc * plane;
        for (let oy = 0; oy < g.oh; oy++) {
          for (let ox = 0; ox < g.ow; ox++) {
            let sum = 0;
            for (let ky = 0; ky < g.kh; ky++) {
              const iy = oy * g.sh + ky - g.pt;
              if (iy < 0 || iy >= g.h) continue;
              for (let kx = 0; kx < g.kw; kx++) {
                const ix = ox * g.sw + kx - g.pl;
                if (ix >= 0 && ix < g.w) sum += x[base + iy * g.w + ix];
              }
            }
            output[o++] = sum * scale;
          }
        }
      }
    },
  avgpool_backward:
    ({ attrs }) =>
    ({ inputs: [dy], output, outputShape: s }) => {
      const g = geometryOf(s, attrs);
      const plane = g.h * g.w;
      const scale = 1 / (g.kh * g.kw);
      output.fill(0);
      let o = 0;
      for (let nc = 0; nc < (s[0] ?? 0) * g.c; nc++) {
        const base = nc * plane;
        for (let oy = 0; oy < g.oh; oy++) {
          for (let ox = 0; ox < g.ow; ox++) {
            const v = dy[o++] * scale;
            for (let ky = 0; ky < g.kh; ky++) {
              const iy = oy * g.sh + ky - g.pt;
              if (iy < 0 || iy >= g.h) continue;
              for (let kx = 0; kx < g.kw; kx++) {
                const ix = ox * g.sw + kx - g.pl;
                if (ix >= 0 && ix < g.w) output[base + iy * g.w + ix] += v;
              }
            }
          }
        }
      }
    },
};
