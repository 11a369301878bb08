// batchnorm(momentum=0.1, eps=1e-5): normalises each channel (the first dimension per example) over the batch
// and the other dimensions, as torch.nn.BatchNorm1d/2d; running statistics are buffers.

import { float, opt } from "../compiler/args.js";
import { defineLayer } from "./layer-def.js";

export const batchnorm = defineLayer({
  name: "batchnorm",
  doc: "per-channel normalisation over the batch: [c, ...] → [c, ...]",
  sig: { momentum: opt(float, 0.1), eps: opt(float, 1e-5) },
  shape(site) {
    if (!site.inRange("momentum", "`momentum`", 0, 1)) return undefined;
    if (!(site.args.eps > 0)) return site.badArg("eps", "`eps` must be positive", "must be > 0");
    return site.input;
  },
  params(_args, input) {
    const c = [input[0]!];
    return [
      { name: "weight", shape: c, role: "norm" },
      { name: "bias", shape: c, role: "norm" },
      { name: "running_mean", shape: c, role: "buffer" },
      { name: "running_var", shape: c, role: "buffer" },
    ];
  },
});
