// avgpool and its transpose in WGSL: a window's in-bounds sum over kh·kw (padding counts as zeros), and per
// input element the windows that cover it.

import { geometryOf } from "../../../compiler/ops/window.js";
import { wgslFloat, type WgslFamily } from "./kernel.js";
import { wgslCoveringWindows, wgslInputIndex, wgslOutputIndex, wgslWindowElements } from "./window.js";

export const avgpoolKernels: WgslFamily<"avgpool"> = {
  avgpool: (ins) => {
    const g = geometryOf(ins.args[0].type.shape, ins.attrs);
    const body = [
      wgslOutputIndex(g),
      `var sum = 0.0;`,
      wgslWindowElements(g, "oy", "ox", `sum += in0[at];`),
      `out[i] = sum * ${wgslFloat(1 / (g.kh * g.kw))};`,
    ].join("\n  ");
    return { body };
  },
  avgpool_backward: (ins, ctx) => {
    const g = geometryOf(ctx.output.shape, ins.attrs);
    const body = [
      wgslInputIndex(g),
      `var acc = 0.0;`,
      wgslCoveringWindows(g, `acc += in0[((n * ${g.c}u + c) * ${g.oh}u + oy) * ${g.ow}u + ox];`),
      `out[i] = acc * ${wgslFloat(1 / (g.kh * g.kw))};`,
    ].join("\n  ");
    return { body };
  },
};
