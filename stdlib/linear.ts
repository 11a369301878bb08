// linear(units, bias=true): y = x Wᵀ + b over the last dimension, as torch.nn.Linear, initialised as it is.

import { bool, int, opt, req } from "../compiler/frontend/args.js";
import { fmtShape } from "../compiler/shape.js";
import { defineLayer } from "./layer-def.js";
import { biasParam, checkWeightArgs, initArg, regularizeArg, weightParam } from "./weights.js";

export const linear = defineLayer({
  name: "linear",
  doc: "fully connected over the last dimension: [..., k] → [..., units]",
  sig: {
    units: req(int),
    bias: {
      ...opt(bool, true),
      // `linear(784, 128)` is PyTorch's nn.Linear(in, out); here the input size is inferred.
      hint: (v) =>
        v.kind === "number"
          ? `\`linear\` takes the output size only, the input size is inferred: write \`linear(${v.text})\``
          : undefined,
    },
    init: initArg,
    regularize: regularizeArg,
  },
  shape(site) {
    if (!site.inRange("units", "`units`", 1) || !checkWeightArgs(site)) return undefined;
    const x = site.input;
    if (x.length >= 3) {
      site.warn(
        "W0002",
        `\`linear\` applies to the last dimension only of ${fmtShape(x)}`,
        `mixes only the last ${x.at(-1)} values of each row`,
        "add `flatten` before it to connect every value, as a classifier head needs",
      );
    }
    return [...x.slice(0, -1), site.args.units];
  },
  // y = x Wᵀ + b: matmul contracts x's last axis with W's second, whatever x's leading axes.
  lower({ b, x, args, param }) {
    const y = b.matmul(x, param("weight"), { transposeB: true });
    return args.bias ? b.add(y, param("bias")) : y;
  },
  // The weight is [units, k]: fan_in k, fan_out units.
  params(args, input) {
    const k = input.at(-1)!;
    const w = weightParam([args.units, k], args, k, args.units);
    return args.bias ? [w, biasParam([args.units], k)] : [w];
  },
});
