/** matmul(a, b) = a·b for 2-D operands, either of which may be transposed in place (no copy). */
import type { TensorType } from "../ir/value.js";
import { family, type FamilyOp } from "./op-def.js";

export const matmul: FamilyOp<2, { transpose_a: "bool"; transpose_b: "bool" }, "matmul"> = {
  doc: "matrix product; a's leading axes act as rows, so linear applies over the last axis of any rank",
  arity: 2,
  attrs: { transpose_a: "bool", transpose_b: "bool" },
  type: matmulType,
  // C = op(A)·op(B): dA and dB are matmuls of dC with the other operand, transposed to match (four cases).
  vjp(b, [x, y], _z, dy, { transpose_a: ta, transpose_b: tb }) {
    if (!ta && !tb) return [b.matmul(dy, y, { transposeB: true }), b.matmul(x, dy, { transposeA: true })];
    if (!ta && tb) return [b.matmul(dy, y), b.matmul(dy, x, { transposeA: true })];
    if (ta && !tb) return [b.matmul(y, dy, { transposeB: true }), b.matmul(x, dy)];
    return [
      b.matmul(y, dy, { transposeA: true, transposeB: true }),
      b.matmul(dy, x, { transposeA: true, transposeB: true }),
    ];
  },
  kernel: family("matmul"),
};

/**
 * a is viewed as [M, k] with M the product of its leading axes. Without transpose_a those axes are kept:
 * [..., k]·[k, n] → [..., n]. With it they are contracted: [..., k]ᵀ·[..., n] → [k, n] (a weight's gradient).
 */
function matmulType(
  [a, b]: readonly [TensorType, TensorType],
  attrs: { readonly transpose_a: boolean; readonly transpose_b: boolean },
): TensorType | string {
  if (a.dtype !== "f32" || b.dtype !== "f32") return "expects f32 operands";
  const [k, ...rest] = [...a.shape].reverse();
  const [bLast, bPrev] = [...b.shape].reverse();
  if (k === undefined || rest.length === 0 || bLast === undefined || bPrev === undefined)
    return "expects operands of rank 2 or more";
  const lead = a.shape.slice(0, -1);
  if (!attrs.transpose_a) {
    if (b.shape.length !== 2) return "expects a 2-D right operand";
    const [kb, n] = attrs.transpose_b ? [bLast, bPrev] : [bPrev, bLast];
    if (kb !== k) return `inner dimensions differ: ${k} vs ${kb}`;
    return { dtype: "f32", shape: [...lead, n] };
  }
  if (attrs.transpose_b) {
    if (a.shape.length !== 2 || b.shape.length !== 2) return "transposing both needs 2-D operands";
    if (a.shape[0] !== bLast) return `inner dimensions differ: ${a.shape[0]} vs ${bLast}`;
    return { dtype: "f32", shape: [k, bPrev] };
  }
  const blead = b.shape.slice(0, -1);
  if (blead.length !== lead.length || blead.some((d, i) => d !== lead[i]))
    return `contracted axes differ: [${lead}] vs [${blead}]`;
  return { dtype: "f32", shape: [k, bLast] };
}
