// Element-wise activations (same shape in and out), and softmax over the last dimension, with their lowerings to
// primitive ops.

import { float, opt } from "../compiler/frontend/args.js";
import { defineLayer } from "./layer-def.js";

export const relu = defineLayer({
  name: "relu",
  doc: "max(x, 0)",
  sig: {},
  shape: (s) => s.input,
  lower: ({ b, x }) => b.relu(x),
});

export const sigmoid = defineLayer({
  name: "sigmoid",
  doc: "1 / (1 + e^-x)",
  sig: {},
  shape: (s) => s.input,
  lower: ({ b, x }) => b.op("sigmoid", [x], {}),
});

export const tanh = defineLayer({
  name: "tanh",
  doc: "tanh(x)",
  sig: {},
  shape: (s) => s.input,
  lower: ({ b, x }) => b.op("tanh", [x], {}),
});

export const softmax = defineLayer({
  name: "softmax",
  doc: "e^x / Σ e^x over the last dimension",
  sig: {},
  shape: (s) => s.input,
  // Subtracting the row's maximum keeps exp from overflowing and changes nothing: it is a constant for autodiff.
  lower({ b, x }) {
    const last = x.type.shape.length - 1;
    const m = b.op("stop_gradient", [b.op("reduce_max", [x], { axes: [last], keepdims: true })], {});
    const e = b.exp(b.sub(x, m));
    return b.div(e, b.sum(e, [last], true));
  },
});

export const leaky_relu = defineLayer({
  name: "leaky_relu",
  doc: "x where x > 0, else slope·x",
  sig: { slope: opt(float, 0.01) },
  shape: (s) => s.input,
  // relu(x) - slope·relu(-x): x above 0, slope·x below.
  lower: ({ b, x, args }) => b.sub(b.relu(x), b.mul(b.scalar(args.slope), b.relu(b.neg(x)))),
});

export const elu = defineLayer({
  name: "elu",
  doc: "x where x > 0, else alpha·(e^x - 1)",
  sig: { alpha: opt(float, 1.0) },
  shape: (s) => s.input,
  // relu(x) + alpha·(e^min(x, 0) - 1), with min(x, 0) = -relu(-x): the exponential never sees a positive x.
  lower({ b, x, args }) {
    const negPart = b.sub(b.exp(b.neg(b.relu(b.neg(x)))), b.scalar(1));
    return b.add(b.relu(x), b.mul(b.scalar(args.alpha), negPart));
  },
});
