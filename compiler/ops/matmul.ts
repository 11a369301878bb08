/** matmul(a, b) = a·b for 2-D operands, either of which may be transposed in place (no copy). */
import type { OpDef } from "./op-def.js";

export const matmul: OpDef = {
  doc: "matrix product; a's leading axes act as rows, so linear applies over the last axis of any rank",
  arity: 2,
  attrs: ["transpose_a", "transpose_b"],
  // a is viewed as [M, k] with M the product of its leading axes. Without transpose_a those axes are kept:
  // [..., k]·[k, n] → [..., n]. With it they are contracted: [..., k]ᵀ·[..., n] → [k, n] (a weight's gradient).
  type([a, b], attrs) {
    if (a!.dtype !== "f32" || b!.dtype !== "f32") return "expects f32 operands";
    const ta = !!attrs["transpose_a"];
    const tb = !!attrs["transpose_b"];
    if (a!.shape.length < 2 || b!.shape.length < 2) return "expects operands of rank 2 or more";
    const lead = a!.shape.slice(0, -1);
    const k = a!.shape.at(-1)!;
    if (!ta) {
      if (b!.shape.length !== 2) return "expects a 2-D right operand";
      const [kb, n] = tb ? [b!.shape[1]!, b!.shape[0]!] : [b!.shape[0]!, b!.shape[1]!];
      if (kb !== k) return `inner dimensions differ: ${k} vs ${kb}`;
      return { dtype: "f32", shape: [...lead, n] };
    }
    if (tb) {
      if (a!.shape.length !== 2 || b!.shape.length !== 2) return "transposing both needs 2-D operands";
      if (a!.shape[0] !== b!.shape[1]) return `inner dimensions differ: ${a!.shape[0]} vs ${b!.shape[1]}`;
      return { dtype: "f32", shape: [k, b!.shape[0]!] };
    }
    const blead = b!.shape.slice(0, -1);
    if (blead.length !== lead.length || blead.some((d, i) => d !== lead[i]))
      return `contracted axes differ: [${lead}] vs [${blead}]`;
    return { dtype: "f32", shape: [k, b!.shape.at(-1)!] };
  },
  // C = op(A)·op(B): dA and dB are matmuls of dC with the other operand, transposed to match (four cases).
  vjp(b, [x, y], _z, dy, attrs) {
    const ta = !!attrs["transpose_a"];
    const tb = !!attrs["transpose_b"];
    if (!ta && !tb) return [b.matmul(dy, y!, { transposeB: true }), b.matmul(x!, dy, { transposeA: true })];
    if (!ta && tb) return [b.matmul(dy, y!), b.matmul(dy, x!, { transposeA: true })];
    if (ta && !tb) return [b.matmul(y!, dy, { transposeB: true }), b.matmul(x!, dy)];
    return [
      b.matmul(y!, dy, { transposeA: true, transposeB: true }),
      b.matmul(dy, x!, { transposeA: true, transposeB: true }),
    ];
  },
  cpu: {
    kind: "custom",
    run({ inputs: [a, b], output, inputShapes: [sa, sb], attrs }) {
      const ta = !!attrs["transpose_a"];
      const tb = !!attrs["transpose_b"];
      const k = sa!.at(-1)!;
      const rows = a!.length / k;
      const n = tb ? sb![0]! : sb!.at(-1)!;
      if (!ta) gemm(a as Float32Array, b as Float32Array, output as Float32Array, rows, n, k, false, tb);
      else gemm(a as Float32Array, b as Float32Array, output as Float32Array, k, n, rows, true, tb);
    },
  },
};

/** C = op(A)·op(B), row-major. Loop orders keep the innermost loop on contiguous memory. */
export function gemm(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  m: number,
  n: number,
  k: number,
  ta: boolean,
  tb: boolean,
): void {
  c.fill(0, 0, m * n);
  if (!tb) {
    // c[i, :] += a(i, p) · b[p, :]
    for (let i = 0; i < m; i++) {
      const ci = i * n;
      for (let p = 0; p < k; p++) {
        const av = ta ? a[p * m + i]! : a[i * k + p]!;
        if (av === 0) continue;
        const bp = p * n;
        for (let j = 0; j < n; j++) c[ci + j]! += av * b[bp + j]!;
      }
    }
    return;
  }
  // b is [n, k]: c[i, j] = a(i, :) · b[j, :], a dot product of contiguous rows when a is not transposed.
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      const bj = j * k;
      if (!ta) {
        const ai = i * k;
        for (let p = 0; p < k; p++) s += a[ai + p]! * b[bj + p]!;
      } else for (let p = 0; p < k; p++) s += a[p * m + i]! * b[bj + p]!;
      c[i * n + j] = s;
    }
  }
}
