// matmul on the CPU: a system BLAS when the program was lowered for one (kernel-path.ts), else the WebAssembly SIMD
// kernel (gemm-simd.ts) for float32, and JavaScript loops for the float64 runs of `nnc gradcheck` when the BLAS has
// no dgemm (and for an engine without SIMD).

import { floats, type CpuFamily, type Floats } from "./kernel.js";
import { simdGemm } from "./gemm-simd.js";

export const matmulKernels: CpuFamily<"matmul"> = {
  matmul:
    ({ attrs: { transpose_a: ta, transpose_b: tb } }, { blas }) =>
    ({ inputs, output, inputShapes: [sa, sb] }) => {
      const [a, b] = [floats(inputs[0]), floats(inputs[1])];
      const c = floats(output);
      const k = sa.at(-1) ?? 1;
      const rows = a.length / k;
      const n = (tb ? sb[0] : sb.at(-1)) ?? 1;
      const [m, inner] = ta ? [k, rows] : [rows, k];
      // An empty product (a batch of 0) stays with the loops: BLAS rejects a zero leading dimension out loud.
      if (blas && m * n * inner > 0) {
        if (a instanceof Float32Array && b instanceof Float32Array && c instanceof Float32Array)
          return blas.sgemm(ta, tb, m, n, inner, a, b, c);
        if (blas.dgemm && a instanceof Float64Array && b instanceof Float64Array && c instanceof Float64Array)
          return blas.dgemm(ta, tb, m, n, inner, a, b, c);
      }
      if (a instanceof Float32Array && b instanceof Float32Array && c instanceof Float32Array)
        if (simdGemm(a, b, c, m, n, inner, ta, tb)) return;
      gemm(a, b, c, m, n, inner, ta, tb);
    },
};

type F = Floats;

/**
 * C = op(A)·op(B), row-major; A is [m, k] (stored [k, m] when transposed), B is [k, n] ([n, k] when transposed).
 * Register blocking: without transpose_b, four rows of C are updated per row of B read (saxpy form, the inner loop
 * on contiguous memory); with it, 2×2 dot products share their loads. Accumulation is in double precision.
 */
export function gemm(a: F, b: F, c: F, m: number, n: number, k: number, ta: boolean, tb: boolean): void {
  if (!tb) gemmRowUpdate(a, b, c, m, n, k, ta);
  else if (!ta) gemmDot(a, b, c, m, n, k);
  else {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s += a[p * m + i] * b[j * k + p];
        c[i * n + j] = s;
      }
    }
  }
}

function gemmRowUpdate(a: F, b: F, c: F, m: number, n: number, k: number, ta: boolean): void {
  c.fill(0, 0, m * n);
  // A(i, p): row-major [m, k], or transposed storage [k, m].
  const si = ta ? 1 : k;
  const sp = ta ? m : 1;
  let i = 0;
  for (; i + 4 <= m; i += 4) {
    const r0 = i * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    for (let p = 0; p < k; p++) {
      const ap = i * si + p * sp;
      const a0 = a[ap];
      const a1 = a[ap + si];
      const a2 = a[ap + 2 * si];
      const a3 = a[ap + 3 * si];
      if (a0 === 0 && a1 === 0 && a2 === 0 && a3 === 0) continue; // relu zeros whole blocks
      const bp = p * n;
      for (let j = 0; j < n; j++) {
        const bv = b[bp + j];
        c[r0 + j] += a0 * bv;
        c[r1 + j] += a1 * bv;
        c[r2 + j] += a2 * bv;
        c[r3 + j] += a3 * bv;
      }
    }
  }
  for (; i < m; i++) {
    const r = i * n;
    for (let p = 0; p < k; p++) {
      const av = a[i * si + p * sp];
      if (av === 0) continue;
      const bp = p * n;
      for (let j = 0; j < n; j++) c[r + j] += av * b[bp + j];
    }
  }
}

function gemmDot(a: F, b: F, c: F, m: number, n: number, k: number): void {
  let i = 0;
  for (; i + 2 <= m; i += 2) {
    const a0 = i * k;
    const a1 = a0 + k;
    let j = 0;
    for (; j + 2 <= n; j += 2) {
      const b0 = j * k;
      const b1 = b0 + k;
      let s00 = 0;
      let s01 = 0;
      let s10 = 0;
      let s11 = 0;
      for (let p = 0; p < k; p++) {
        const x0 = a[a0 + p];
        const x1 = a[a1 + p];
        const y0 = b[b0 + p];
        const y1 = b[b1 + p];
        s00 += x0 * y0;
        s01 += x0 * y1;
        s10 += x1 * y0;
        s11 += x1 * y1;
      }
      c[i * n + j] = s00;
      c[i * n + j + 1] = s01;
      c[(i + 1) * n + j] = s10;
      c[(i + 1) * n + j + 1] = s11;
    }
    for (; j < n; j++) {
      const b0 = j * k;
      let s0 = 0;
      let s1 = 0;
      for (let p = 0; p < k; p++) {
        s0 += a[a0 + p] * b[b0 + p];
        s1 += a[a1 + p] * b[b0 + p];
      }
      c[i * n + j] = s0;
      c[(i + 1) * n + j] = s1;
    }
  }
  for (; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[i * k + p] * b[j * k + p];
      c[i * n + j] = s;
    }
  }
}
