// What a WGSL kernel gets to write its body: the shapes of its operands and result as WGSL expressions (N read
// from the `params` uniform), and index arithmetic. Each kernel runs one invocation per output element `i` unless
// its family says otherwise (kernels/kernel.ts).

import type { Dim, IrShape, TensorType } from "../../compiler/ir/value.js";

/**
 * What the kernels are generated for: a hardware GPU wants workgroup memory and barriers (tree reductions); a
 * software adapter such as SwiftShader runs plain per-invocation loops faster (DESIGN.md, "Backends").
 */
export type WgslTarget = "hardware" | "software";

export class WgslCtx {
  constructor(
    readonly inputs: readonly TensorType[],
    readonly output: TensorType,
    readonly target: WgslTarget = "hardware",
  ) {}

  /** A dimension as a u32 expression. */
  dim(d: Dim): string {
    return d === "N" ? "params.n" : `${d}u`;
  }

  /** The element count of a shape, as a u32 expression. */
  count(shape: IrShape): string {
    if (shape.length === 0) return "1u";
    return shape.map((d) => this.dim(d)).join(" * ");
  }

  /** Row-major strides, as u32 expressions. */
  strides(shape: IrShape): string[] {
    const out: string[] = [];
    let acc = "1u";
    for (let i = shape.length - 1; i >= 0; i--) {
      out.unshift(acc);
      acc = acc === "1u" ? this.dim(shape[i]!) : `${acc} * ${this.dim(shape[i]!)}`;
    }
    return out;
  }

  /**
   * Statements declaring `${name}0..` as the multi-index of flat index `flat` in `shape`, from the last axis.
   */
  unravel(flat: string, shape: IrShape, name: string): string {
    const lines = [`var ${name}_rest = ${flat};`];
    for (let a = shape.length - 1; a >= 0; a--) {
      const d = this.dim(shape[a]!);
      lines.push(`let ${name}${a} = ${name}_rest % ${d};`, `${name}_rest = ${name}_rest / ${d};`);
    }
    return lines.join("\n  ");
  }

  /**
   * The offset into an operand of `operand` shape broadcast to `out` (aligned from the right), given the
   * output's multi-index `${name}0..`.
   */
  broadcastOffset(operand: IrShape, out: IrShape, name: string): string {
    const lead = out.length - operand.length;
    const st = this.strides(operand);
    const terms: string[] = [];
    operand.forEach((d, i) => {
      if (d !== 1) terms.push(`${name}${i + lead} * ${st[i]}`);
    });
    return terms.length ? terms.join(" + ") : "0u";
  }

  /** WGSL's scalar type for an IR dtype. */
  scalar(t: TensorType): string {
    return t.dtype === "i32" ? "i32" : "f32";
  }
}
