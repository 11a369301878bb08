/**
 * avgpool_backward(dy): avgpool's gradient (its transpose), [N, c, h, w] of `size` [h, w]: each element gets
 * dy/(kh·kw) from every window that covers it. Linear, so its own gradient is avgpool.
 */
import type { OpDef } from "./op-def.js";
import { wgslFloat } from "../lower/wgsl-ctx.js";
import {
  geometryOf,
  sizedGeometry,
  WINDOW_ATTRS,
  wgslCoveringWindows,
  wgslInputIndex,
  windowOnly,
} from "./window.js";

export const avgpool_backward: OpDef = {
  doc: "avgpool's transpose: each window's value spread evenly over it",
  arity: 1,
  attrs: [...WINDOW_ATTRS, "size"],
  type([dy], attrs) {
    if (dy!.dtype !== "f32" || dy!.shape.length !== 4 || dy!.shape[0] !== "N")
      return "expects f32 [N, c, oh, ow]";
    const g = sizedGeometry(dy!.shape[1] as number, attrs);
    if (typeof g === "string") return g;
    if (dy!.shape[2] !== g.oh || dy!.shape[3] !== g.ow) return `expects ${g.oh}×${g.ow} windows`;
    return { dtype: "f32", shape: ["N", g.c, g.h, g.w] };
  },
  vjp: (b, _x, _y, dy, attrs) => [b.op("avgpool", [dy], windowOnly(attrs))],
  cpu: {
    kind: "custom",
    run({ inputs: [dy], output, outputShape: s, attrs }) {
      const g = geometryOf(s, attrs);
      const plane = g.h * g.w;
      const scale = 1 / (g.kh * g.kw);
      output.fill(0);
      let o = 0;
      for (let nc = 0; nc < s[0]! * g.c; nc++) {
        const base = nc * plane;
        for (let oy = 0; oy < g.oh; oy++) {
          for (let ox = 0; ox < g.ow; ox++) {
            const v = dy![o++]! * scale;
            for (let ky = 0; ky < g.kh; ky++) {
              const iy = oy * g.sh + ky - g.pt;
              if (iy < 0 || iy >= g.h) continue;
              for (let kx = 0; kx < g.kw; kx++) {
                const ix = ox * g.sw + kx - g.pl;
                if (ix >= 0 && ix < g.w) output[base + iy * g.w + ix]! += v;
              }
            }
          }
        }
      }
    },
  },
  wgsl: {
    kind: "custom",
    body: (ctx) => {
      const s = ctx.output.shape;
      const g = geometryOf(s, ctx.attrs);
      return [
        wgslInputIndex(g),
        `var acc = 0.0;`,
        wgslCoveringWindows(g, `acc += in0[((n * ${g.c}u + c) * ${g.oh}u + oy) * ${g.ow}u + ox];`),
        `out[i] = acc * ${wgslFloat(1 / (g.kh * g.kw))};`,
      ].join("\n  ");
    },
  },
};
