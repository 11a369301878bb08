/** maxpool(x): [N, c, h, w] → [N, c, oh, ow], the largest in-bounds value of each window (padding never wins). */
import { bug } from "../diagnostics.js";
import type { OpDef } from "./op-def.js";
import {
  geometryOf,
  pooledType,
  WINDOW_ATTRS,
  wgslOutputIndex,
  wgslWindowElements,
  type Geometry,
} from "./window.js";

export const maxpool: OpDef = {
  doc: "max over sliding windows, channel by channel",
  arity: 1,
  attrs: [...WINDOW_ATTRS],
  type: pooledType,
  // The gradient goes to each window's first maximum, as PyTorch routes it.
  vjp: (b, [x], _y, dy, attrs) => [b.op("maxpool_backward", [x!, dy], attrs)],
  cpu: {
    kind: "custom",
    run({ inputs: [x], output, inputShapes: [s], attrs }) {
      const g = geometryOf(s!, attrs);
      const plane = g.h * g.w;
      let o = 0;
      for (let nc = 0; nc < s![0]! * g.c; nc++) {
        for (let oy = 0; oy < g.oh; oy++)
          for (let ox = 0; ox < g.ow; ox++) output[o++] = x![windowMax(x!, nc * plane, oy, ox, g)]!;
      }
    },
  },
  wgsl: {
    kind: "custom",
    body: (ctx) => {
      const s = ctx.inputs[0]!.shape;
      const g = geometryOf(s, ctx.attrs);
      return [wgslOutputIndex(g), wgslArgmax(g, "oy", "ox"), `out[i] = in0[best];`].join("\n  ");
    },
  },
};

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
      const v = x[at]!;
      if (best < 0 || v > bestV || (v !== v && bestV === bestV)) {
        best = at;
        bestV = v;
      }
    }
  }
  return best < 0 ? bug("a pooling window entirely in the padding") : best;
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
