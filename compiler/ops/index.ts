// Every primitive op, by the name it has everywhere (IR text, OpKind, the DSL). A missing entry is a type error.

import type { OpDef } from "./op-def.js";
import { abs } from "./abs.js";
import { add } from "./add.js";
import { argmax } from "./argmax.js";
import { batch_size } from "./batch-size.js";
import { broadcast } from "./broadcast.js";
import { cast } from "./cast.js";
import { constant } from "./constant.js";
import { div } from "./div.js";
import { dropout_mask } from "./dropout-mask.js";
import { equal } from "./equal.js";
import { exp } from "./exp.js";
import { greater_equal } from "./greater-equal.js";
import { log } from "./log.js";
import { matmul } from "./matmul.js";
import { maximum } from "./maximum.js";
import { mul } from "./mul.js";
import { neg } from "./neg.js";
import { one_hot } from "./one-hot.js";
import { pow } from "./pow.js";
import { reduce_max } from "./reduce-max.js";
import { reduce_sum } from "./reduce-sum.js";
import { relu } from "./relu.js";
import { reshape } from "./reshape.js";
import { sigmoid } from "./sigmoid.js";
import { sign } from "./sign.js";
import { sqrt } from "./sqrt.js";
import { step } from "./step.js";
import { stop_gradient } from "./stop-gradient.js";
import { sub } from "./sub.js";
import { tanh } from "./tanh.js";
import { transpose } from "./transpose.js";
import { maxpool_backward } from "./maxpool-backward.js";
import { maxpool } from "./maxpool.js";
import { im2col } from "./im2col.js";
import { col2im } from "./col2im.js";
import { avgpool_backward } from "./avgpool-backward.js";
import { avgpool } from "./avgpool.js";

export const OP_KINDS = [
  "abs",
  "add",
  "argmax",
  "avgpool",
  "avgpool_backward",
  "batch_size",
  "broadcast",
  "cast",
  "col2im",
  "constant",
  "div",
  "dropout_mask",
  "equal",
  "exp",
  "greater_equal",
  "im2col",
  "log",
  "matmul",
  "maximum",
  "maxpool",
  "maxpool_backward",
  "mul",
  "neg",
  "one_hot",
  "pow",
  "reduce_max",
  "reduce_sum",
  "relu",
  "reshape",
  "sigmoid",
  "sign",
  "sqrt",
  "step",
  "stop_gradient",
  "sub",
  "tanh",
  "transpose",
] as const;

export type OpKind = (typeof OP_KINDS)[number];

export const OPS: Record<OpKind, OpDef> = {
  abs,
  add,
  argmax,
  avgpool,
  avgpool_backward,
  batch_size,
  broadcast,
  cast,
  col2im,
  constant,
  div,
  dropout_mask,
  equal,
  exp,
  greater_equal,
  im2col,
  log,
  matmul,
  maximum,
  maxpool,
  maxpool_backward,
  mul,
  neg,
  one_hot,
  pow,
  reduce_max,
  reduce_sum,
  relu,
  reshape,
  sigmoid,
  sign,
  sqrt,
  step,
  stop_gradient,
  sub,
  tanh,
  transpose,
};

export function isOpKind(name: string): name is OpKind {
  return Object.hasOwn(OPS, name);
}

export type { OpDef } from "./op-def.js";
