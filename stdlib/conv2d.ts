// conv2d(filters, kernel, stride=1, padding=0, bias=true): a 2-D convolution as torch.nn.Conv2d, over
// inputs of [c, h, w] per example.

import { bool, int, opt, pair, padding, req } from "../compiler/args.js";
import { defineLayer } from "./layer-def.js";
import { checkWeightArgs, initArg, regularizeArg } from "./weights.js";
import { checkWindowArgs, slide, windowShape } from "./window.js";

export const conv2d = defineLayer({
  name: "conv2d",
  doc: "2-D convolution: [c, h, w] → [filters, h', w']",
  sig: {
    filters: req(int),
    kernel: req(pair),
    stride: opt(pair, [1, 1] as const),
    padding: opt(padding, { kind: "explicit", hw: [0, 0] } as const),
    bias: opt(bool, true),
    init: initArg,
    regularize: regularizeArg,
  },
  shape(site) {
    const { filters, kernel, stride, padding } = site.args;
    if (!site.inRange("filters", "`filters`", 1) || !checkWeightArgs(site)) return undefined;
    if (
      !checkWindowArgs(
        site,
        { kernel: "kernel", stride: "stride", padding: "padding" },
        kernel,
        stride,
        padding,
      )
    )
      return undefined;
    const w = slide(site, kernel, stride, padding, "kernel");
    return w && windowShape(filters, w);
  },
  params({ filters, kernel, bias }, input) {
    const w = { name: "weight", shape: [filters, input[0]!, kernel[0], kernel[1]], role: "weight" } as const;
    return bias ? [w, { name: "bias", shape: [filters], role: "bias" }] : [w];
  },
});
