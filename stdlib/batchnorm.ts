// batchnorm(momentum=0.1, eps=1e-5): normalises each channel (the first dimension per example) over the batch
// and the other dimensions, as torch.nn.BatchNorm1d/2d; running statistics are buffers.

import { float, opt } from "../compiler/frontend/args.js";
import type { Value } from "../compiler/ir/value.js";
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
  // Training normalises by the batch's statistics (biased variance) and moves the running ones toward them
  // (unbiased variance), as PyTorch does; evaluation uses the running ones. All of it is primitive ops, so autodiff
  // differentiates through the batch statistics.
  lower({ b, x, args, param, training, update }) {
    const rank = x.type.shape.length;
    const c = x.type.shape[1] as number;
    const axes = [0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2)];
    const perChannel = (v: Value) => b.reshape(v, [c, ...Array<number>(rank - 2).fill(1)]);
    const scale = perChannel(param("weight"));
    const shift = perChannel(param("bias"));
    const eps = b.scalar(args.eps);
    if (!training) {
      const xhat = b.div(
        b.sub(x, perChannel(param("running_mean"))),
        b.sqrt(b.add(perChannel(param("running_var")), eps)),
      );
      return b.add(b.mul(xhat, scale), shift);
    }
    const spatial = (x.type.shape.slice(2) as number[]).reduce((p, d) => p * d, 1);
    const count = b.mul(b.op("batch_size", [], {}), b.scalar(spatial));
    const mean = b.div(b.sum(x, axes, true), count);
    const centred = b.sub(x, mean);
    const variance = b.div(b.sum(b.mul(centred, centred), axes, true), count);
    const xhat = b.div(centred, b.sqrt(b.add(variance, eps)));
    const m = b.scalar(args.momentum);
    const keep = b.scalar(1 - args.momentum);
    const flat = (v: Value) => b.reshape(v, [c]);
    // A batch of one has no unbiased variance; PyTorch refuses it, a short last batch here leaves the scale at n.
    const unbiased = b.div(
      b.mul(variance, count),
      b.op("maximum", [b.sub(count, b.scalar(1)), b.scalar(1)], {}),
    );
    update("running_mean", b.add(b.mul(keep, param("running_mean")), b.mul(m, flat(mean))));
    update("running_var", b.add(b.mul(keep, param("running_var")), b.mul(m, flat(unbiased))));
    return b.add(b.mul(xhat, scale), shift);
  },
  // As torch.nn.BatchNorm: the scale starts at 1 and the shift at 0, so that the layer first only normalises; the
  // running statistics start as those of a standard normal.
  params(_args, input) {
    const c = [input[0]!];
    const ones = { kind: "constant", value: 1 } as const;
    const zeros = { kind: "constant", value: 0 } as const;
    return [
      { name: "weight", shape: c, role: "norm", init: ones },
      { name: "bias", shape: c, role: "norm", init: zeros },
      { name: "running_mean", shape: c, role: "buffer", init: zeros },
      { name: "running_var", shape: c, role: "buffer", init: ones },
    ];
  },
});
