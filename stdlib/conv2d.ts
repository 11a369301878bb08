// conv2d(filters, kernel, stride=1, padding=0, bias=true): a 2-D convolution as torch.nn.Conv2d, over
// inputs of [c, h, w] per example, initialised as it is.

import { bool, int, opt, pair, padding, req } from "../compiler/frontend/args.js";
import { defineLayer } from "./layer-def.js";
import { biasParam, checkWeightArgs, initArg, regularizeArg, weightParam } from "./weights.js";
import { checkWindowArgs, slide, windowAttrs, windowShape } from "./window.js";

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
  // im2col turns every window into a row, so that the convolution is one matmul with the weight as [f, c·kh·kw]
  // (its PyTorch layout, flattened), on both backends' tiled matmul kernels.
  lower({ b, x, args, param }) {
    const { filters, kernel, stride, padding, bias } = args;
    const { attrs, out } = windowAttrs(x, kernel, stride, padding);
    const cols = b.op("im2col", [x], attrs);
    const w = b.reshape(param("weight"), [filters, cols.type.shape[2]!]);
    const y = b.op("transpose", [b.matmul(cols, w, { transposeB: true })], { perm: [0, 2, 1] });
    const maps = b.reshape(y, ["N", filters, ...out]);
    return bias ? b.add(maps, b.reshape(param("bias"), [filters, 1, 1])) : maps;
  },
  // The weight is [filters, c, kh, kw]: fan_in c·kh·kw, fan_out filters·kh·kw.
  params(args, input) {
    const { filters, kernel } = args;
    const c = input[0]!;
    const receptive = kernel[0] * kernel[1];
    const w = weightParam([filters, c, kernel[0], kernel[1]], args, c * receptive, filters * receptive);
    return args.bias ? [w, biasParam([filters], c * receptive)] : [w];
  },
});
