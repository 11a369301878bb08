// im2col and col2im on the CPU: window rows copied out of the image, and summed back into it, a run at a time; in
// WebAssembly SIMD (window-simd.ts) where the buffers live in the executor's memory.

import { geometryOf, type Geometry } from "../../../compiler/ops/window.js";
import { floats, type CpuFamily, type Floats } from "./kernel.js";
import { paddedWindowArgs } from "./window-simd.js";

export const im2colKernels: CpuFamily<"im2col"> = {
  im2col:
    ({ attrs }) =>
    ({ inputs: [x], output, inputShapes: [s], simd }) => {
      const g = geometryOf(s, attrs);
      const batch = s[0] ?? 0;
      if (simd && x instanceof Float32Array && output instanceof Float32Array)
        simd.im2col(x.byteOffset, output.byteOffset, batch, g.c, ...paddedWindowArgs(g));
      else unroll(floats(x), floats(output), batch, g);
    },
  col2im:
    ({ attrs }) =>
    ({ inputs: [cols], output, outputShape: s, simd }) => {
      const g = geometryOf(s, attrs);
      const batch = s[0] ?? 0;
      output.fill(0);
      if (simd && cols instanceof Float32Array && output instanceof Float32Array) {
        simd.col2im(output.byteOffset, cols.byteOffset, batch, g.c, ...paddedWindowArgs(g));
        return;
      }
      const plane = g.h * g.w;
      let o = 0;
      // The transpose of im2col's runs: each window row adds its in-bounds run back into the input row.
      for (let n = 0; n < batch; n++) {
        const on = n * g.c * plane;
        for (let oy = 0; oy < g.oh; oy++) {
          for (let ox = 0; ox < g.ow; ox++) {
            const x0 = ox * g.sw - g.pl;
            const lo = Math.max(0, -x0);
            const hi = Math.min(g.kw, g.w - x0);
            for (let c = 0; c < g.c; c++) {
              for (let ky = 0; ky < g.kh; ky++, o += g.kw) {
                const iy = oy * g.sh + ky - g.pt;
                if (iy < 0 || iy >= g.h) continue;
                const r = on + c * plane + iy * g.w + x0;
                for (let kx = lo; kx < hi; kx++) output[r + kx] += cols[o + kx];
              }
            }
          }
        }
      }
    },
};

/**
 * The rows of every window, example by example. Each window row is a run of zeros, a contiguous copy of the input
 * row, and zeros again: the bounds are worked out once per run, not per element.
 */
function unroll(x: Floats, out: Floats, batch: number, g: Geometry): void {
  const plane = g.h * g.w;
  let o = 0;
  for (let n = 0; n < batch; n++) {
    const xn = n * g.c * plane;
    for (let oy = 0; oy < g.oh; oy++) {
      for (let ox = 0; ox < g.ow; ox++) {
        const x0 = ox * g.sw - g.pl;
        const lo = Math.max(0, -x0);
        const hi = Math.min(g.kw, g.w - x0);
        for (let c = 0; c < g.c; c++) {
          for (let ky = 0; ky < g.kh; ky++) {
            const iy = oy * g.sh + ky - g.pt;
            if (iy < 0 || iy >= g.h || hi <= lo) {
              for (let kx = 0; kx < g.kw; kx++) out[o++] = 0;
              continue;
            }
            const xr = xn + c * plane + iy * g.w + x0;
            let kx = 0;
            for (; kx < lo; kx++) out[o++] = 0;
            for (; kx < hi; kx++) out[o++] = x[xr + kx];
            for (; kx < g.kw; kx++) out[o++] = 0;
          }
        }
      }
    }
  }
}
