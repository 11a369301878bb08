// maxpool and avgpool(size, stride=size, padding=0): windows over [c, h, w], channel by channel, as
// torch.nn.MaxPool2d and AvgPool2d.

import { maybe, opt, pair, padding, req } from "../compiler/frontend/args.js";
import type { Value } from "../compiler/ir/value.js";
import { defineLayer, type LayerSite, type LowerCtx } from "./layer-def.js";
import { checkWindowArgs, slide, windowAttrs, windowShape } from "./window.js";

const sig = {
  size: req(pair),
  stride: maybe(pair),
  padding: opt(padding, { kind: "explicit", hw: [0, 0] } as const),
};

function poolShape(site: LayerSite<typeof sig>) {
  const { size, padding } = site.args;
  const stride = site.args.stride ?? size;
  if (!checkWindowArgs(site, { kernel: "size", stride: "stride", padding: "padding" }, size, stride, padding))
    return undefined;
  // PyTorch refuses padding past half the window: the window would then see only padding.
  if (padding.kind === "explicit" && padding.hw.some((p, i) => p > size[i]! / 2)) {
    return site.badArg(
      "padding",
      "`padding` must be at most half the pool size",
      `at most ${Math.floor(size[0] / 2)}`,
    );
  }
  const w = slide(site, size, stride, padding, "pool");
  return w && windowShape(site.input[0]!, w);
}

export const maxpool = defineLayer({
  name: "maxpool",
  doc: "max over windows: [c, h, w] → [c, h', w']",
  sig,
  shape: poolShape,
  lower: (ctx) => pool(ctx, "maxpool"),
});

export const avgpool = defineLayer({
  name: "avgpool",
  doc: "mean over windows: [c, h, w] → [c, h', w']",
  sig,
  shape: poolShape,
  lower: (ctx) => pool(ctx, "avgpool"),
});

function pool({ b, x, args }: LowerCtx<typeof sig>, op: "maxpool" | "avgpool"): Value {
  const { attrs } = windowAttrs(x, args.size, args.stride ?? args.size, args.padding);
  return b.op(op, [x], attrs);
}
