/**
 * im2col(x): [N, c, h, w] → [N, oh·ow, c·kh·kw], each window's elements as one row (zero where it overlaps the
 * padding), ordered (c, ky, kx) as a conv2d weight [f, c, kh, kw] flattens. A convolution is then one matmul.
 */
import type { OpDef } from "./op-def.js";
import { geometryOf, inputGeometry, WINDOW_ATTRS, withSize, type Geometry } from "./window.js";

export const im2col: OpDef = {
  doc: "sliding windows unrolled into rows",
  arity: 1,
  attrs: [...WINDOW_ATTRS],
  type([x], attrs) {
    if (x!.dtype !== "f32") return "expects f32";
    const g = inputGeometry(x!.shape, attrs);
    if (typeof g === "string") return g;
    return { dtype: "f32", shape: ["N", g.oh * g.ow, g.c * g.kh * g.kw] };
  },
  // Each input element was copied into every window row it appears in: its gradient sums them back (col2im).
  vjp: (b, [x], _y, dy, attrs) => [b.op("col2im", [dy], withSize(attrs, x!))],
  cpu: {
    kind: "custom",
    run({ inputs: [x], output, inputShapes: [s], attrs }) {
      const g = geometryOf(s!, attrs);
      unroll(x as Float32Array, output as Float32Array, s![0]!, g);
    },
  },
  wgsl: {
    kind: "custom",
    body: (ctx) => {
      const s = ctx.inputs[0]!.shape;
      const g = geometryOf(s, ctx.attrs);
      const k = g.c * g.kh * g.kw;
      return [
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
    },
  },
};

/**
 * The rows of every window, example by example. Each window row is a run of zeros, a contiguous copy of the input
 * row, and zeros again: the bounds are worked out once per run, not per element.
 */
function unroll(
  x: Float32Array | Float64Array,
  out: Float32Array | Float64Array,
  batch: number,
  g: Geometry,
): void {
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
            for (; kx < hi; kx++) out[o++] = x[xr + kx]!;
            for (; kx < g.kw; kx++) out[o++] = 0;
          }
        }
      }
    }
  }
}
