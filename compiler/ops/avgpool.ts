/**
 * avgpool(x): [N, c, h, w] → [N, c, oh, ow], each window's sum over kh·kw: padding counts as zeros, as PyTorch's
 * AvgPool2d (count_include_pad) does.
 */
import type { OpDef } from "./op-def.js";
import { wgslFloat } from "../lower/wgsl-ctx.js";
import {
  geometryOf,
  pooledType,
  WINDOW_ATTRS,
  wgslOutputIndex,
  wgslWindowElements,
  withSize,
} from "./window.js";

export const avgpool: OpDef = {
  doc: "mean over sliding windows, channel by channel",
  arity: 1,
  attrs: [...WINDOW_ATTRS],
  type: pooledType,
  vjp: (b, [x], _y, dy, attrs) => [b.op("avgpool_backward", [dy], withSize(attrs, x!))],
  cpu: {
    kind: "custom",
    run({ inputs: [x], output, inputShapes: [s], attrs }) {
      const g = geometryOf(s!, attrs);
      const plane = g.h * g.w;
      const scale = 1 / (g.kh * g.kw);
      let o = 0;
      for (let nc = 0; nc < s![0]! * g.c; nc++) {
        const base = nc * plane;
        for (let oy = 0; oy < g.oh; oy++) {
          for (let ox = 0; ox < g.ow; ox++) {
            let sum = 0;
            for (let ky = 0; ky < g.kh; ky++) {
              const iy = oy * g.sh + ky - g.pt;
              if (iy < 0 || iy >= g.h) continue;
              for (let kx = 0; kx < g.kw; kx++) {
                const ix = ox * g.sw + kx - g.pl;
                if (ix >= 0 && ix < g.w) sum += x![base + iy * g.w + ix]!;
              }
            }
            output[o++] = sum * scale;
          }
        }
      }
    },
  },
  wgsl: {
    kind: "custom",
    body: (ctx) => {
      const s = ctx.inputs[0]!.shape;
      const g = geometryOf(s, ctx.attrs);
      return [
        wgslOutputIndex(g),
        `var sum = 0.0;`,
        wgslWindowElements(g, "oy", "ox", `sum += in0[at];`),
        `out[i] = sum * ${wgslFloat(1 / (g.kh * g.kw))};`,
      ].join("\n  ");
    },
  },
};
