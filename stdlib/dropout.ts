// dropout(p): zeroes each value with probability p while training and scales the rest by 1/(1-p), as
// torch.nn.Dropout; the identity when evaluating.

import { float, opt } from "../compiler/frontend/args.js";
import { defineLayer } from "./layer-def.js";

export const dropout = defineLayer({
  name: "dropout",
  doc: "zero values with probability p in training; identity in evaluation",
  sig: { p: opt(float, 0.5) },
  shape(site) {
    const p = site.args.p;
    if (!(p >= 0 && p < 1)) {
      return site.badArg(
        "p",
        `\`p\` must be at least 0 and below 1, not ${p}`,
        "0 ≤ p < 1",
        "p is the fraction dropped",
      );
    }
    return site.input;
  },
  lower: ({ b, x, args, training, seed, stream }) =>
    training && args.p > 0
      ? b.mul(x, b.op("dropout_mask", [seed], { p: args.p, shape: x.type.shape, stream }))
      : x,
});
