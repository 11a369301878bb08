// The WGSL loops of the window kernels: invocation indices over the input or output, the windows that cover an
// input element (the backward kernels gather over them, so no atomics are needed), and a window's elements.

import type { Geometry } from "../../../compiler/ops/window.js";

/** Declares `n`, `c`, `iy`, `ix` for invocation `i` over the input [N, c, h, w]. */
export function wgslInputIndex(g: Geometry): string {
  return [
    `let ix = i % ${g.w}u;`,
    `let iy = (i / ${g.w}u) % ${g.h}u;`,
    `let c = (i / ${g.w * g.h}u) % ${g.c}u;`,
    `let n = i / ${g.w * g.h * g.c}u;`,
  ].join("\n  ");
}

/** Declares `n`, `c`, `oy`, `ox` for invocation `i` over the output [N, c, oh, ow]. */
export function wgslOutputIndex(g: Geometry): string {
  return [
    `let ox = i % ${g.ow}u;`,
    `let oy = (i / ${g.ow}u) % ${g.oh}u;`,
    `let c = (i / ${g.ow * g.oh}u) % ${g.c}u;`,
    `let n = i / ${g.ow * g.oh * g.c}u;`,
  ].join("\n  ");
}

/**
 * A loop over the windows that contain input element (iy, ix): `body` sees the window `oy`, `ox` and the element's
 * place in it `ky`, `kx` (all u32).
 */
export function wgslCoveringWindows(g: Geometry, body: string): string {
  return [
    `for (var ky = 0u; ky < ${g.kh}u; ky++) {`,
    `  let ty = i32(iy) + ${g.pt}i - i32(ky);`,
    `  if (ty < 0 || ty % ${g.sh}i != 0 || ty / ${g.sh}i >= ${g.oh}i) { continue; }`,
    `  let oy = u32(ty / ${g.sh}i);`,
    `  for (var kx = 0u; kx < ${g.kw}u; kx++) {`,
    `    let tx = i32(ix) + ${g.pl}i - i32(kx);`,
    `    if (tx < 0 || tx % ${g.sw}i != 0 || tx / ${g.sw}i >= ${g.ow}i) { continue; }`,
    `    let ox = u32(tx / ${g.sw}i);`,
    `    ${body}`,
    `  }`,
    `}`,
  ].join("\n  ");
}

/**
 * A loop over the in-bounds elements of window (`oy`, `ox`), expressions: `body` sees the input offset `at` of
 * (n, c, py, px). Its names do not clash with wgslCoveringWindows's, so that one may nest in the other.
 */
export function wgslWindowElements(g: Geometry, oy: string, ox: string, body: string): string {
  return [
    `for (var ey = 0u; ey < ${g.kh}u; ey++) {`,
    `  let py = i32(${oy} * ${g.sh}u + ey) - ${g.pt}i;`,
    `  if (py < 0 || py >= ${g.h}i) { continue; }`,
    `  for (var ex = 0u; ex < ${g.kw}u; ex++) {`,
    `    let px = i32(${ox} * ${g.sw}u + ex) - ${g.pl}i;`,
    `    if (px < 0 || px >= ${g.w}i) { continue; }`,
    `    let at = ((n * ${g.c}u + c) * ${g.h}u + u32(py)) * ${g.w}u + u32(px);`,
    `    ${body}`,
    `  }`,
    `}`,
  ].join("\n  ");
}

/** WGSL declaring `best`, the input offset of window (n, c, oy, ox)'s maximum, chosen as windowMax chooses. */
export function wgslArgmax(g: Geometry, oy: string, ox: string): string {
  return [
    `var best = 0u;`,
    `var bestV = 0.0;`,
    `var found = false;`,
    wgslWindowElements(
      g,
      oy,
      ox,
      `let v = in0[at];\n      if (!found || v > bestV || (v != v && bestV == bestV)) { best = at; bestV = v; found = true; }`,
    ),
  ].join("\n  ");
}
