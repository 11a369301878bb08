/**
 * col2im(cols): [N, oh·ow, c·kh·kw] → [N, c, h, w] of `size` [h, w], every window row summed back into the
 * positions it was unrolled from: the transpose of im2col, and its gradient.
 */
import type { OpDef } from "./op-def.js";
import {
  geometryOf,
  sizedGeometry,
  WINDOW_ATTRS,
  wgslCoveringWindows,
  wgslInputIndex,
  windowOnly,
} from "./window.js";

export const col2im: OpDef = {
  doc: "window rows summed back into an image (im2col's transpose)",
  arity: 1,
  attrs: [...WINDOW_ATTRS, "size"],
  type([cols], attrs) {
    if (cols!.dtype !== "f32" || cols!.shape.length !== 3 || cols!.shape[0] !== "N")
      return "expects f32 [N, windows, c·kh·kw]";
    const [kh, kw] = attrs["kernel"] as readonly number[];
    const k = cols!.shape[2] as number;
    if (k % (kh! * kw!) !== 0) return `rows of ${k} are not whole ${kh}×${kw} windows`;
    const g = sizedGeometry(k / (kh! * kw!), attrs);
    if (typeof g === "string") return g;
    if (cols!.shape[1] !== g.oh * g.ow) return `expects ${g.oh * g.ow} windows, got ${cols!.shape[1]}`;
    return { dtype: "f32", shape: ["N", g.c, g.h, g.w] };
  },
  vjp: (b, _x, _y, dy, attrs) => [b.op("im2col", [dy], windowOnly(attrs))],
  cpu: {
    kind: "custom",
    run({ inputs: [cols], output, outputShape: s, attrs }) {
      const g = geometryOf(s, attrs);
      const x = cols!;
      output.fill(0);
      const plane = g.h * g.w;
      let o = 0;
      // The transpose of im2col's runs: each window row adds its in-bounds run back into the input row.
      for (let n = 0; n < s[0]!; n++) {
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
                for (let kx = lo; kx < hi; kx++) output[r + kx]! += x[o + kx]!;
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
      const k = g.c * g.kh * g.kw;
      return [
        wgslInputIndex(g),
        `var acc = 0.0;`,
        wgslCoveringWindows(
          g,
          `acc += in0[(n * ${g.oh * g.ow}u + oy * ${g.ow}u + ox) * ${k}u + (c * ${g.kh}u + ky) * ${g.kw}u + kx];`,
        ),
        `out[i] = acc;`,
      ].join("\n  ");
    },
  },
};
