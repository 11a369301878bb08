// im2col and col2im in WGSL: one invocation per window-row element, and per image element gathering over the
// windows that cover it.

import { geometryOf } from "../../../compiler/ops/window.js";
import type { WgslFamily } from "./kernel.js";
import { wgslCoveringWindows, wgslInputIndex } from "./window.js";

export const im2colKernels: WgslFamily<"im2col"> = {
  im2col: (ins) => {
    const g = geometryOf(ins.args[0].type.shape, ins.attrs);
    const k = g.c * g.kh * g.kw;
    const body = [
      `let q = i % ${k}u;`,
      `let p = (i / ${k}u) % ${g.oh * g.ow}u;`,
      `let n = i / ${k * g.oh * g.ow}u;`,
      `let kx = q % ${g.kw}u;`,
      `let ky = (q / ${g.kw}u) % ${g.kh}u;`,
      `let c = q / ${g.kw * g.kh}u;`,
      `let iy = i32((p / ${g.ow}u) * ${g.sh}u + ky) - ${g.pt}i;`,
      `let ix = i32((p % ${g.ow}u) * ${g.sw}u + kx) - ${g.pl}i;`,
      `let inside = iy >= 0 && iy < ${g.h}i && ix >= 0 && ix < ${g.w}i;`,
      `let at = ((n * ${g.c}u + c) * ${g.h}u + u32(clamp(iy, 0i, ${g.h - 1}i))) * ${g.w}u + u32(clamp(ix, 0i, ${g.w - 1}i));`,
      `out[i] = select(0.0, in0[at], inside);`,
    ].join("\n  ");
    return { body };
  },
  col2im: (ins, ctx) => {
    const g = geometryOf(ctx.output.shape, ins.attrs);
    const k = g.c * g.kh * g.kw;
    const body = [
      wgslInputIndex(g),
      `var acc = 0.0;`,
      wgslCoveringWindows(
        g,
        `acc += in0[(n * ${g.oh * g.ow}u + oy * ${g.ow}u + ox) * ${k}u + (c * ${g.kh}u + ky) * ${g.kw}u + kx];`,
      ),
      `out[i] = acc;`,
    ].join("\n  ");
    return { body };
  },
};
