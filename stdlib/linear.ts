// linear(units, bias=true): y = x Wᵀ + b over the last dimension, as torch.nn.Linear.

import { bool, int, opt, req } from "../compiler/args.js";
import { fmtShape } from "../compiler/shape.js";
import { defineLayer } from "./layer-def.js";
import { initArg, regularizeArg } from "./weights.js";

export const linear = defineLayer({
  name: "linear",
  doc: "fully connected over the last dimension: [..., k] → [..., units]",
  sig: { units: req(int), bias: opt(bool, true), init: initArg, regularize: regularizeArg },
  shape(site) {
    if (!site.inRange("units", "`units`", 1)) return undefined;
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
  params({ units, bias }, input) {
    const k = input.at(-1)!;
    const w = { name: "weight", shape: [units, k], role: "weight" } as const;
    return bias ? [w, { name: "bias", shape: [units], role: "bias" }] : [w];
  },
});
