// What a WGSL kernel of a family is: given its (typed) instruction and the shapes, the body of a compute kernel,
// and how many invocations it wants when that is not one per output element.

import type { OpsOf } from "../../../compiler/ops/index.js";
import type { KernelFamily } from "../../../compiler/ops/op-def.js";
import type { InstrOf } from "../../../compiler/ir/types.js";
import type { WgslCtx } from "../wgsl-ctx.js";

export interface WgslCode {
  /** The body, run by invocation `i` (u32), reading `in0`, `in1`, … and writing `out`. */
  readonly body: string;
  /** Module-scope declarations the body needs (workgroup memory). */
  readonly globals?: string;
  /** Invocations for concrete shapes, when not one per output element; the body's `i` then counts these. */
  readonly threads?: (output: readonly number[], inputs: readonly (readonly number[])[]) => number;
  /** How invocations map to the output, for the dispatch plan: "one invocation per element" by default. */
  readonly per?: string;
}

/** A family's kernels: one per op of the family, each typed by its op. */
export type WgslFamily<F extends KernelFamily> = {
  readonly [K in OpsOf<F>]: (ins: InstrOf<K>, ctx: WgslCtx) => WgslCode;
};

/** A WGSL f32 literal: always with a decimal point or exponent, as WGSL wants for floats. */
export function wgslFloat(x: number): string {
  if (Number.isNaN(x)) return "(0.0 / 0.0)";
  if (!Number.isFinite(x)) return x > 0 ? "bitcast<f32>(0x7f7fffffu)" : "bitcast<f32>(0xff7fffffu)";
  const s = String(Math.fround(x) === x ? x : Math.fround(x));
  return /[.e]/.test(s) ? s : `${s}.0`;
}
