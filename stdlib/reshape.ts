// flatten and reshape: the same values in row-major order (channels slowest, as PyTorch), another shape.

import { intList, req } from "../compiler/frontend/args.js";
import { fmtDims, numel } from "../compiler/shape.js";
import { defineLayer } from "./layer-def.js";

export const flatten = defineLayer({
  name: "flatten",
  doc: "[d1, ..., dn] → [d1·…·dn]",
  sig: {},
  shape: (s) => [numel(s.input)],
  lower: ({ b, x }) => b.reshape(x, ["N", numel(x.type.shape.slice(1) as number[])]),
});

export const reshape = defineLayer({
  name: "reshape",
  doc: "the same values in another shape; one dimension may be -1, inferred",
  sig: { shape: req(intList) },
  shape(site) {
    const dims = site.args.shape;
    const total = numel(site.input);
    const unknown = dims.filter((d) => d === -1).length;
    if (dims.length === 0 || unknown > 1 || dims.some((d) => d < 1 && d !== -1)) {
      return site.badArg(
        "shape",
        "`reshape` takes positive dimensions, and at most one -1",
        "not a valid shape",
        "e.g. `reshape([1, 28, 28])` or `reshape([-1, 7])`",
      );
    }
    const known = numel(dims.filter((d) => d !== -1));
    const out = dims.map((d) => (d === -1 ? total / known : d));
    if (numel(out) !== total || !out.every(Number.isInteger)) {
      return site.badInput(
        "E3005",
        `cannot reshape ${total} values into ${fmtDims(dims)}`,
        `${fmtDims(dims)} holds ${unknown ? "a multiple of " + known : numel(dims)} values`,
        `the input ${fmtDims(site.input)} has ${total} values per example`,
      );
    }
    return out;
  },
  lower({ b, x, args }) {
    const total = numel(x.type.shape.slice(1) as number[]);
    const known = numel(args.shape.filter((d) => d !== -1));
    return b.reshape(x, ["N", ...args.shape.map((d) => (d === -1 ? total / known : d))]);
  },
});
