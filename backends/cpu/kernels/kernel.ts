// What a CPU kernel of a family is: given its (typed) instruction once, at lowering, a function that runs it on
// dense row-major buffers at a concrete batch size.

import type { ArityOf, OpsOf } from "../../../compiler/ops/index.js";
import type { KernelFamily, Tuple } from "../../../compiler/ops/op-def.js";
import type { InstrOf } from "../../../compiler/ir/types.js";
import type { Blas } from "../blas/index.js";
import type { MemoryKernels } from "./memory-kernels.js";

/** f32 values live in Float32Arrays; `nnc gradcheck` runs the same kernels over Float64Arrays. */
export type Buffer = Float32Array | Float64Array | Int32Array;
export type Floats = Float32Array | Float64Array;

export interface CpuIo<N extends 0 | 1 | 2> {
  readonly inputs: Tuple<N, Buffer>;
  readonly output: Buffer;
  readonly inputShapes: Tuple<N, readonly number[]>;
  readonly outputShape: readonly number[];
  /** N for this batch. */
  readonly batch: number;
  /** WebAssembly kernels over the memory every buffer lives in, when the executor's buffers do (float32). */
  readonly simd?: MemoryKernels | undefined;
}

export type CpuRun<N extends 0 | 1 | 2> = (io: CpuIo<N>) => void;

/** What a program is lowered for (kernel-path.ts): the BLAS its matmuls call, or undefined for WebAssembly. */
export interface CpuLowering {
  readonly blas: Blas | undefined;
}

/** A family's kernels: one per op of the family, each typed by its op. */
export type CpuFamily<F extends KernelFamily> = {
  readonly [K in OpsOf<F>]: (ins: InstrOf<K>, lowering: CpuLowering) => CpuRun<ArityOf<K>>;
};

/** A float buffer, as the float kernels expect: the type rules admit only f32 there. */
export function floats(b: Buffer): Floats {
  if (b instanceof Int32Array) throw new Error("compiler bug: an i32 buffer where f32 was typed");
  return b;
}
