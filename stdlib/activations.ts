// Element-wise activations (same shape in and out), and softmax over the last dimension.

import { float, opt } from "../compiler/args.js";
import { defineLayer } from "./layer-def.js";

export const relu = defineLayer({ name: "relu", doc: "max(x, 0)", sig: {}, shape: (s) => s.input });
export const sigmoid = defineLayer({
  name: "sigmoid",
  doc: "1 / (1 + e^-x)",
  sig: {},
  shape: (s) => s.input,
});
export const tanh = defineLayer({ name: "tanh", doc: "tanh(x)", sig: {}, shape: (s) => s.input });
export const softmax = defineLayer({
  name: "softmax",
  doc: "e^x / Σ e^x over the last dimension",
  sig: {},
  shape: (s) => s.input,
});

export const leaky_relu = defineLayer({
  name: "leaky_relu",
  doc: "x where x > 0, else slope·x",
  sig: { slope: opt(float, 0.01) },
  shape: (s) => s.input,
});

export const elu = defineLayer({
  name: "elu",
  doc: "x where x > 0, else alpha·(e^x - 1)",
  sig: { alpha: opt(float, 1.0) },
  shape: (s) => s.input,
});
