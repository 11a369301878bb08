// How much arithmetic a function's instructions do, counted per example (the batch N taken as 1), as Keras' and
// Darknet's summaries report it: a multiply-add is 2 FLOPs, so a matmul of [M, k] by [k, n] is 2·M·k·n; an
// element-wise op is 1 per element it makes; a reduction 1 per element it reads; a pooling window 1 per element
// it covers. Moving data (im2col, reshapes, transposes, broadcasts, gathers, casts) is 0. The counts are read
// through each op's kernel family, never its name.

import { elementwiseKernel, familyOf } from "./ops/index.js";
import type { Func, Instr } from "./ir/types.js";
import { elementCount } from "./ir/value.js";

/** The FLOPs of one instruction for one example. */
export function instrFlops(ins: Instr): number {
  const out = elementCount(ins.result.type.shape, 1);
  if (elementwiseKernel(ins.op)) return out;
  const family = familyOf(ins.op);
  switch (family) {
    case "matmul": {
      // |a| = M·k, |b| = k·n, |c| = M·n, whichever operand is transposed: k = √(|a|·|b| / |c|).
      const [a, b] = ins.args.map((v) => elementCount(v.type.shape, 1));
      const k = Math.round(Math.sqrt((a! * b!) / out));
      return 2 * out * k;
    }
    case "reduce":
      return elementCount(ins.args[0]!.type.shape, 1);
    case "maxpool":
    case "avgpool":
      return "kernel" in ins.attrs ? out * ins.attrs.kernel[0] * ins.attrs.kernel[1] : out;
    case "argmax":
    case "layout":
    case "fill":
    case "cast":
    case "one_hot":
    case "dropout_mask":
    case "im2col":
      return 0;
  }
}

/** FLOPs per example by the network node (`CheckedModel.nodes` id) whose lowering made them. */
export function flopsByNode(f: Func): Map<number, number> {
  const by = new Map<number, number>();
  for (const ins of f.body) {
    const node = f.origins?.get(ins.result.id)?.node;
    if (node !== undefined) by.set(node, (by.get(node) ?? 0) + instrFlops(ins));
  }
  return by;
}
