// Every primitive op, by the name it has everywhere (IR text, OpKind, the DSL). The op list, each op's arity and
// attributes, and which ops form each backend kernel family are all derived from this one table.

import { bug } from "../diagnostics.js";
import type { AttrValue, TensorType, Value } from "../ir/value.js";
import type { Emitter } from "./emitter.js";
import type { AttrSchema, AttrsOf } from "./attrs.js";
import type { ElementwiseKernel, FamilyKernel, KernelFamily, OpDef, Tuple } from "./op-def.js";
import { abs } from "./abs.js";
import { add } from "./add.js";
import { argmax } from "./argmax.js";
import { batch_size } from "./batch-size.js";
import { broadcast } from "./broadcast.js";
import { cast } from "./cast.js";
import { concat } from "./concat.js";
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
import { slice } from "./slice.js";
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

export const OPS = {
  abs,
  add,
  argmax,
  avgpool,
  avgpool_backward,
  batch_size,
  broadcast,
  cast,
  col2im,
  concat,
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
  slice,
  sqrt,
  step,
  stop_gradient,
  sub,
  tanh,
  transpose,
};

type Table = typeof OPS;
export type OpKind = keyof Table;
export const OP_KINDS = Object.keys(OPS) as readonly OpKind[];

export type ArityOf<K extends OpKind> = Table[K]["arity"];
export type SchemaOf<K extends OpKind> = Table[K]["attrs"];
/** The attribute values an instruction of op K carries. */
export type AttrsOfOp<K extends OpKind> = AttrsOf<SchemaOf<K>>;
/** The arguments an instruction of op K takes. */
export type ArgsOf<K extends OpKind> = Tuple<ArityOf<K>, Value>;

/** The ops run by kernel family F of a backend. */
export type OpsOf<F extends KernelFamily> = {
  [K in OpKind]: Table[K]["kernel"] extends FamilyKernel<F> ? K : never;
}[OpKind];

// The table seen through each op's own signature: indexing it with a generic K keeps the link between an
// instruction's op and its arguments' and attributes' types.
type Defs = { readonly [K in OpKind]: OpDef<ArityOf<K>, SchemaOf<K>, Table[K]["kernel"]> };
const DEFS: Defs = OPS;

export function isOpKind(name: string): name is OpKind {
  return Object.hasOwn(OPS, name);
}

export function opDef<K extends OpKind>(kind: K): Defs[K] {
  return DEFS[kind];
}

/** An instruction's result type by its op's rule, or why there is none. */
export function typeRule<K extends OpKind>(
  kind: K,
  args: Tuple<ArityOf<K>, TensorType>,
  attrs: AttrsOfOp<K>,
): TensorType | string {
  return DEFS[kind].type(args, attrs);
}

/** An instruction's vector-Jacobian product by its op's rule. */
export function vjpRule<K extends OpKind>(
  b: Emitter,
  kind: K,
  args: ArgsOf<K>,
  y: Value,
  dy: Value,
  attrs: AttrsOfOp<K>,
): readonly (Value | undefined)[] {
  return DEFS[kind].vjp(b, args, y, dy, attrs);
}

/** The attributes an op takes, by name, as IR text writes them. */
export function attrSchema(kind: OpKind): AttrSchema {
  return OPS[kind].attrs;
}

/**
 * Why arguments and attributes built at run time (the IR parser, the op tests) do not fit op `kind`'s declaration:
 * the count of arguments, and each attribute's presence and kind. Undefined when they fit.
 */
export function operandProblem(
  kind: OpKind,
  args: readonly Value[],
  attrs: Readonly<Record<string, AttrValue>>,
): string | undefined {
  const arity = OPS[kind].arity;
  if (args.length !== arity) return `takes ${arity} arguments, got ${args.length}`;
  return attrsProblem(attrSchema(kind), attrs);
}

/** Why the attributes do not fit the op's schema, if they do not. */
function attrsProblem(schema: AttrSchema, attrs: Readonly<Record<string, AttrValue>>): string | undefined {
  for (const k of Object.keys(attrs)) if (!Object.hasOwn(schema, k)) return `takes no attribute ${k}`;
  for (const [k, kind] of Object.entries(schema)) {
    const v = attrs[k];
    if (v === undefined) return `needs attribute ${k}`;
    const ints = typeof v === "object" && v.every((d) => typeof d === "number" && Number.isInteger(d));
    const fits =
      kind === "bool"
        ? typeof v === "boolean"
        : kind === "int"
          ? Number.isInteger(v)
          : kind === "float"
            ? typeof v === "number"
            : kind === "dims"
              ? typeof v === "object"
              : kind === "pair"
                ? ints && v.length === 2
                : kind === "quad"
                  ? ints && v.length === 4
                  : ints;
    if (!fits) return `attribute ${k} is not ${kind === "int" ? "an int" : `a ${kind}`}`;
  }
  return undefined;
}

/** The element-wise expressions of an op, when it has them. */
export function elementwiseKernel(kind: OpKind): ElementwiseKernel | undefined {
  const k: ElementwiseKernel | FamilyKernel<KernelFamily> = OPS[kind].kernel;
  return k.kind === "elementwise" ? k : undefined;
}

/** The kernel family that runs an op which is not element-wise. */
export function familyOf(kind: OpKind): KernelFamily {
  const k: ElementwiseKernel | FamilyKernel<KernelFamily> = OPS[kind].kernel;
  return k.kind === "family" ? k.family : bug(`${kind} is element-wise`);
}

export type { OpDef } from "./op-def.js";
