// maxpool and its backward on the CPU. The backward pass re-finds each window's maximum and routes its dy there;
// windows that overlap add up. Where no window reaches padding and the buffers live in the executor's memory, both
// run in WebAssembly: 2×2 windows with stride 2 four at a time (pool2-simd.ts), others one by one (window-simd.ts).

import { bug } from "../../../compiler/diagnostics.js";
import { geometryOf, type Geometry } from "../../../compiler/ops/window.js";
import type { CpuFamily } from "./kernel.js";
import { allInside, windowArgs } from "./window-simd.js";

export const maxpoolKernels: CpuFamily<"maxpool"> = {
  maxpool:
    ({ attrs }) =>
    ({ inputs: [x], output, inputShapes: [s], simd }) => {
      const g = geometryOf(s, attrs);
      if (simd && allInside(g) && x instanceof Float32Array && output instanceof Float32Array) {
        if (isPool2(g))
          return simd.maxpool2(x.byteOffset, output.byteOffset, 0, (s[0] ?? 0) * g.c, ...pool2Args(g));
        simd.maxpool(x.byteOffset, output.byteOffset, 0, (s[0] ?? 0) * g.c, ...windowArgs(g));
        return;
      }
      const plane = g.h * g.w;
      let o = 0;
      for (let nc = 0; nc < (s[0] ?? 0) * g.c; nc++) {
        for (let oy = 0; oy < g.oh; oy++)
          for (let ox = 0; ox < g.ow; ox++) output[o++] = x[maxAt(x, nc * plane, oy, ox, g)];
      }
    },
  maxpool_backward:
    ({ attrs }) =>
    ({ inputs: [x, dy], output, inputShapes: [s], simd }) => {
      const g = geometryOf(s, attrs);
      const plane = g.h * g.w;
      output.fill(0);
      if (
        simd &&
        allInside(g) &&
        x instanceof Float32Array &&
        dy instanceof Float32Array &&
        output instanceof Float32Array
      ) {
        const [at, planes] = [[x.byteOffset, dy.byteOffset, output.byteOffset] as const, (s[0] ?? 0) * g.c];
        if (isPool2(g)) return simd.maxpool2Backward(...at, planes, ...pool2Args(g));
        simd.maxpoolBackward(...at, planes, ...windowArgs(g));
        return;
      }
      let o = 0;
      for (let nc = 0; nc < (s[0] ?? 0) * g.c; nc++) {
        for (let oy = 0; oy < g.oh; oy++)
          for (let ox = 0; ox < g.ow; ox++) output[maxAt(x, nc * plane, oy, ox, g)] += dy[o++];
      }
    },
};

/** 2×2 windows with stride 2: pool2-simd.ts's case, four windows at a time. */
const isPool2 = (g: Geometry) => g.kh === 2 && g.kw === 2 && g.sh === 2 && g.sw === 2;
const pool2Args = (g: Geometry) => [g.h, g.w, g.oh, g.ow] as const;

/**
 * `windowMax`, without its bounds checks for a window inside the plane (every window, without padding): the same
 * element, found several times faster.
 */
function maxAt(x: ArrayLike<number>, base: number, oy: number, ox: number, g: Geometry): number {
  const y0 = oy * g.sh - g.pt;
  const x0 = ox * g.sw - g.pl;
  if (y0 < 0 || x0 < 0 || y0 + g.kh > g.h || x0 + g.kw > g.w) return windowMax(x, base, oy, ox, g);
  const row0 = base + y0 * g.w + x0;
  let best = row0;
  let bestV = x[row0];
  for (let ky = 0; ky < g.kh; ky++) {
    const row = row0 + ky * g.w;
    for (let kx = ky === 0 ? 1 : 0; kx < g.kw; kx++) {
      const v = x[row + kx];
      if (v > bestV || (v !== v && bestV === bestV)) {
        best = row + kx;
        bestV = v;
      }
    }
  }
  return best;
}

/**
 * The offset of window (oy, ox)'s maximum in the plane starting at `base`: the first in scan order, or the first
 * NaN, as PyTorch's kernel picks.
 */
export function windowMax(x: ArrayLike<number>, base: number, oy: number, ox: number, g: Geometry): number {
  let best = -1;
  let bestV = -Infinity;
  for (let ky = 0; ky < g.kh; ky++) {
    const iy = oy * g.sh + ky - g.pt;
    if (iy < 0 || iy >= g.h) continue;
    for (let kx = 0; kx < g.kw; kx++) {
      const ix = ox * g.sw + kx - g.pl;
      if (ix < 0 || ix >= g.w) continue;
      const at = base + iy * g.w + ix;
      const v = x[at];
      if (best < 0 || v > bestV || (v !== v && bestV === bestV)) {
        best = at;
        bestV = v;
      }
    }
  }
  return best < 0 ? bug("a pooling window entirely in the padding") : best;
}
