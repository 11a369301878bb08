/**
 * maxpool_backward(x, dy): maxpool's gradient, [N, c, h, w]: each window's dy lands on its maximum (windows that
 * overlap add up). Not itself differentiable: nothing differentiates a gradient twice.
 */
import { bug } from "../diagnostics.js";
import type { OpDef } from "./op-def.js";
import { windowMax, wgslArgmax } from "./maxpool.js";
import { geometryOf, inputGeometry, WINDOW_ATTRS, wgslCoveringWindows, wgslInputIndex } from "./window.js";

export const maxpool_backward: OpDef = {
  doc: "maxpool's gradient: each window's upstream value routed to its maximum",
  arity: 2,
  attrs: [...WINDOW_ATTRS],
  type([x, dy], attrs) {
    if (x!.dtype !== "f32" || dy!.dtype !== "f32") return "expects f32";
    const g = inputGeometry(x!.shape, attrs);
    if (typeof g === "string") return g;
    const want = ["N", g.c, g.oh, g.ow];
    if (dy!.shape.length !== 4 || dy!.shape.some((d, i) => d !== want[i]))
      return `expects dy of [${want}], got [${dy!.shape}]`;
    return x!;
  },
  vjp: () => bug("maxpool_backward is not differentiable"),
  cpu: {
    kind: "custom",
    run({ inputs: [x, dy], output, inputShapes: [s], attrs }) {
      const g = geometryOf(s!, attrs);
      const plane = g.h * g.w;
      output.fill(0);
      let o = 0;
      for (let nc = 0; nc < s![0]! * g.c; nc++) {
        for (let oy = 0; oy < g.oh; oy++)
          for (let ox = 0; ox < g.ow; ox++) output[windowMax(x!, nc * plane, oy, ox, g)]! += dy![o++]!;
      }
    },
  },
  // Gathered per input element: every window that covers it re-finds its maximum and, when that is this element,
  // contributes its dy.
  wgsl: {
    kind: "custom",
    body: (ctx) => {
      const s = ctx.inputs[0]!.shape;
      const g = geometryOf(s, ctx.attrs);
      return [
        wgslInputIndex(g),
        `var acc = 0.0;`,
        wgslCoveringWindows(
          g,
          [
            wgslArgmax(g, "oy", "ox"),
            `if (best == i) { acc += in1[((n * ${g.c}u + c) * ${g.oh}u + oy) * ${g.ow}u + ox]; }`,
          ].join("\n    "),
        ),
        `out[i] = acc;`,
      ].join("\n  ");
    },
  },
};
