// maxpool and its backward in WGSL. The backward kernel runs per input element: every window that covers it
// re-finds its maximum and, when that is this element, contributes its dy.

import { geometryOf } from "../../../compiler/ops/window.js";
import type { WgslFamily } from "./kernel.js";
import { wgslArgmax, wgslCoveringWindows, wgslInputIndex, wgslOutputIndex } from "./window.js";

export const maxpoolKernels: WgslFamily<"maxpool"> = {
  maxpool: (ins) => {
    const g = geometryOf(ins.args[0].type.shape, ins.attrs);
    const body = [wgslOutputIndex(g), wgslArgmax(g, "oy", "ox"), `out[i] = in0[best];`].join("\n  ");
    return { body };
  },
  maxpool_backward: (ins) => {
    const g = geometryOf(ins.args[0].type.shape, ins.attrs);
    const body = [
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
    return { body };
  },
};
