// The CPU backend's kernel families (compiler/ops/op-def.ts, KernelFamily): a missing family, or a missing op in
// one, is a type error.

import type { KernelFamily } from "../../../compiler/ops/op-def.js";
import { familyOf } from "../../../compiler/ops/index.js";
import type { Instr } from "../../../compiler/ir/types.js";
import { argmaxKernels } from "./argmax.js";
import { avgpoolKernels } from "./avgpool.js";
import { castKernels, oneHotKernels } from "./convert.js";
import { dropoutKernels } from "./dropout-mask.js";
import { fillKernels } from "./fill.js";
import { im2colKernels } from "./im2col.js";
import type { Buffer, CpuFamily, CpuLowering } from "./kernel.js";
import type { MemoryKernels } from "./memory-kernels.js";
import { layoutKernels } from "./layout.js";
import { matmulKernels } from "./matmul.js";
import { maxpoolKernels } from "./maxpool.js";
import { reduceKernels } from "./reduce.js";

const FAMILIES: { readonly [F in KernelFamily]: CpuFamily<F> } = {
  argmax: argmaxKernels,
  avgpool: avgpoolKernels,
  cast: castKernels,
  dropout_mask: dropoutKernels,
  fill: fillKernels,
  im2col: im2colKernels,
  layout: layoutKernels,
  matmul: matmulKernels,
  maxpool: maxpoolKernels,
  one_hot: oneHotKernels,
  reduce: reduceKernels,
};

/** Runs one instruction on buffers whose count and shapes its type rule checked. */
export type FamilyRun = (io: {
  readonly inputs: readonly Buffer[];
  readonly output: Buffer;
  readonly inputShapes: readonly (readonly number[])[];
  readonly outputShape: readonly number[];
  readonly batch: number;
  readonly simd?: MemoryKernels | undefined;
}) => void;

/** The kernel of an instruction that is not element-wise, with its attributes and the lowering's choices bound. */
export function familyKernel(ins: Instr, lowering: CpuLowering): FamilyRun {
  // The family of ins's op has a kernel for that op, typed by it; TypeScript cannot pair a looked-up family with
  // the instruction that chose it, hence this one widening.
  const family = FAMILIES[familyOf(ins.op)] as unknown as Readonly<
    Record<string, (ins: Instr, lowering: CpuLowering) => FamilyRun>
  >;
  const make = family[ins.op];
  if (!make) throw new Error(`compiler bug: no CPU kernel for ${ins.op}`);
  return make(ins, lowering);
}
