// The CPU backend's float32 matmul as a WebAssembly SIMD kernel: JavaScript's scalar loops reach about 2 GFLOP/s,
// four lanes per instruction several times that, and a fused multiply-add (relaxed SIMD) nearly twice again.
// Operands are copied into its memory as A [m, k] (or [k, m], read transposed in place) and B [k, n] (transposed
// there when stored [n, k]), with m padded to a multiple of 4 and C's rows to 8 columns (the kernel then has no edge
// cases); C comes back in float32, accumulated in float32 as PyTorch's CPU matmul does. `nnc gradcheck`'s float64 runs keep the JavaScript loops.

import {
  funcCode,
  get,
  i32,
  I32,
  memArg as mem,
  moduleBytes,
  op,
  set,
  simd,
  simdOp,
  uleb,
  V128,
  wasm,
  wasmSupport,
  type WasmMemory,
} from "./wasm-encode.js";
import { transposeCode } from "./transpose-simd.js";

/**
 * gemm(A, B, C, m, n, k, ldb, ldc, rowA, stepA, keep): C[m, n] = A[m, k]·B[k, n], plus C's values when `keep` is 1
 * (a product summed over parts of k), byte addresses and strides: A(i, p) is at
 * A + i·rowA + p·stepA (so A may be read transposed in place), B's rows `ldb` bytes apart, C's `ldc`; m a multiple of
 * 4 and n of 8. Each 4×8 block of C is eight f32x4 accumulators; each step over k loads 8 values of a row of B once
 * and broadcasts four values of A against them (`load32_splat`), multiplied and added in one fused instruction where
 * the engine has relaxed SIMD's `relaxed_madd`.
 */
function kernel(fma: boolean): number[] {
  // Parameters 0-10: a, b, c, m, n, k, the row strides in bytes of B and C, A's row stride and step, and whether
  // to add to C. Locals: 11 i, 12 j, 13 p, 14 a0, 15 bp, 16-18 the byte offsets of A's rows 1-3; 19-26 the
  // accumulators (row r, half h at 19 + 2r + h), 27-28 B's two halves, 29 A's value, 30 the mask C is kept by.
  const [a, b, c, m, n, k, ldb, ldc, rowA, stepA, keep, i, j, p, a0, bp] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  ];
  const rows = [0, 1, 2, 3];
  const off = (r: number) => 15 + r;
  const acc = (r: number, h: number) => 19 + 2 * r + h;
  const [bv0, bv1, av, mask] = [27, 28, 29, 30];
  // The address of C[i + r, j]
  const cRow = (r: number) => [
    ...get(c), ...get(i), ...i32(r), op.i32Add, ...get(ldc), op.i32Mul, op.i32Add, ...get(j), ...i32(2), op.i32Shl, op.i32Add,
  ]; // prettier-ignore
  const add = (l: number, v: number[]) => [...get(l), ...v, op.i32Add, ...set(l)];
  // acc(r, h) += av · B's half h
  const update = (r: number, h: number) =>
    fma
      ? [...get(av), ...get(h ? bv1 : bv0), ...get(acc(r, h)), ...simdOp(simd.relaxedMadd), ...set(acc(r, h))]
      : [
          ...get(acc(r, h)),
          ...get(av),
          ...get(h ? bv1 : bv0),
          ...simdOp(simd.mul),
          ...simdOp(simd.add),
          ...set(acc(r, h)),
        ];
  const body = [
    ...[1, 2, 3].flatMap((r) => [...get(rowA), ...i32(r), op.i32Mul, ...set(off(r))]),
    ...i32(0), ...get(keep), op.i32Sub, ...simdOp(simd.i32x4Splat), ...set(mask),
    ...i32(0), ...set(i),
    op.block, op.void,
    ...get(m), op.i32Eqz, op.brIf, 0,
    op.loop, op.void, // over blocks of 4 rows
    ...i32(0), ...set(j),
    op.loop, op.void, // over blocks of 8 columns
    // acc(r, h) = C's values where kept (a product over k in parts), else 0: all-ones or all-zero lanes
    ...rows.flatMap((r) =>
      [0, 1].flatMap((h) => [
        ...cRow(r), ...simdOp(simd.load), ...mem(2, 16 * h), ...get(mask), ...simdOp(simd.and), ...set(acc(r, h)),
      ]),
    ),
    // a0 = a + i·rowA; bp = b + j·4
    ...get(a), ...get(i), ...get(rowA), op.i32Mul, op.i32Add, ...set(a0),
    ...get(b), ...get(j), ...i32(2), op.i32Shl, op.i32Add, ...set(bp),
    ...i32(0), ...set(p),
    op.block, op.void,
    ...get(k), op.i32Eqz, op.brIf, 0,
    op.loop, op.void, // over k
    ...get(bp), ...simdOp(simd.load), ...mem(2), ...set(bv0),
    ...get(bp), ...simdOp(simd.load), ...mem(2, 16), ...set(bv1),
    ...rows.flatMap((r) => [
      ...get(a0), ...(r ? [...get(off(r)), op.i32Add] : []),
      ...simdOp(simd.load32Splat), ...mem(2),
      ...set(av),
      ...update(r, 0),
      ...update(r, 1),
    ]),
    ...add(a0, get(stepA)),
    ...add(bp, get(ldb)),
    ...get(p), ...i32(1), op.i32Add, op.localTee, ...uleb(p), ...get(k), op.i32LtU, op.brIf, 0,
    op.end,
    op.end,
    // C[i + r, j + 4h .. j + 4h + 3] = acc(r, h)
    ...rows.flatMap((r) =>
      [0, 1].flatMap((h) => [
        ...cRow(r),
        ...get(acc(r, h)),
        ...simdOp(simd.store), ...mem(2, 16 * h),
      ]),
    ),
    ...get(j), ...i32(8), op.i32Add, op.localTee, ...uleb(j), ...get(n), op.i32LtU, op.brIf, 0,
    op.end,
    ...get(i), ...i32(4), op.i32Add, op.localTee, ...uleb(i), ...get(m), op.i32LtU, op.brIf, 0,
    op.end,
    op.end,
  ]; // prettier-ignore
  return funcCode(
    [
      [8, I32],
      [12, V128],
    ],
    body,
  );
}

interface Kernel {
  readonly gemm: (
    a: number,
    b: number,
    c: number,
    m: number,
    n: number,
    k: number,
    ldb: number,
    ldc: number,
    rowA: number,
    stepA: number,
    keep: number,
  ) => void;
  readonly transpose: (
    src: number,
    dst: number,
    rows: number,
    cols: number,
    srcStride: number,
    dstStride: number,
  ) => void;
  readonly memory: WasmMemory;
}

// A cache: the module is compiled and instantiated once per process, on the first float32 matmul, and its memory
// reused (grown when a product needs more). Undefined until tried; null where the engine has no SIMD.
let instance: Kernel | null | undefined;

function load(): Kernel | null {
  if (instance !== undefined) return instance;
  const { simd, relaxed } = wasmSupport();
  if (!simd) return (instance = null); // the JavaScript loops serve
  try {
    const code = kernel(relaxed);
    const exports = new wasm!.Instance(
      new wasm!.Module(
        moduleBytes(
          [
            { name: "gemm", params: 11, code },
            { name: "transpose", params: 6, code: transposeCode() },
          ],
          false,
        ),
      ),
    ).exports;
    instance = {
      gemm: exports["gemm"] as Kernel["gemm"],
      transpose: exports["transpose"] as Kernel["transpose"],
      memory: exports["memory"] as WasmMemory,
    };
  } catch {
    instance = null; // no SIMD in this engine: the JavaScript loops serve
  }
  return instance;
}

const up4 = (x: number) => (x + 3) & ~3;
const up8 = (x: number) => (x + 7) & ~7;
const PANEL_BYTES = 128 * 1024;
// A cache: C^T of a swapped product (see simdGemm), grown to the largest asked for.
let scratch = new Float32Array(0);
const STRIP = 64;
const DEPTH = 256;

/**
 * C = op(A)·op(B) in float32, as `gemm` in matmul.ts beside this file (A is [m, k], stored [k, m] when `ta`; B is [k, n], stored
 * [n, k] when `tb`). Returns false when WebAssembly SIMD is not available.
 */
export function simdGemm(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  m: number,
  n: number,
  k: number,
  ta: boolean,
  tb: boolean,
): boolean {
  const w = load();
  if (!w) return false;
  // B stored [n, k] must be transposed to be read by rows; where A and C are the smaller pair, C^T = B·op(A)^T
  // transposes them instead (the forward pass of a layer with PyTorch's [out, in] weights: a batch against a
  // weight matrix). C^T goes back by JavaScript, about four times the cost per element of the SIMD transpose. The
  // inner call never swaps back: mk + 4mn < nk and nk + 4nm < mk cannot both hold.
  if (tb && m * k + 4 * m * n < n * k) {
    if (scratch.length < m * n) scratch = new Float32Array(m * n);
    simdGemm(b, a, scratch, n, m, k, false, !ta);
    transposeInto(scratch, n, m, c);
    return true;
  }
  const [m4, n4, k4] = [up4(m), up8(n), up4(k)];
  const [pa, pb, pc, ps] = [0, m4 * k, m4 * k + k4 * n4, m4 * k + k4 * n4 + m4 * n4];
  const bytes = 4 * (ps + (tb ? n4 * k4 : 0));
  const have = w.memory.buffer.byteLength;
  if (have < bytes) w.memory.grow(Math.ceil((bytes - have) / 65536));
  const heap = new Float32Array(w.memory.buffer);
  // Pack A as [m4, k], or as [k, m4] when stored transposed (the kernel reads it so in place); its padding rows
  // are zeroed (memory is reused).
  if (!ta) {
    heap.set(a.subarray(0, m * k), pa);
    heap.fill(0, pa + m * k, pa + m4 * k);
  } else if (m === m4) heap.set(a.subarray(0, k * m), pa);
  else
    for (let p = 0; p < k; p++) {
      heap.set(a.subarray(p * m, p * m + m), pa + p * m4);
      heap.fill(0, pa + p * m4 + m, pa + (p + 1) * m4);
    }
  const [rowA, stepA] = ta ? [4, 4 * m4] : [4 * k, 4];
  if (tb) {
    // B stored [n, k]: copied in as [n, k4], then transposed four by four into [k4, n4]. What the padding holds
    // reaches only C's padding columns (or rows of B past k, which the kernel does not read): no zeroing.
    if (k === k4) heap.set(b.subarray(0, n * k), ps);
    else for (let j = 0; j < n; j++) heap.set(b.subarray(j * k, j * k + k), ps + j * k4);
    // In strips of columns, so that the destination rows being filled stay in the first-level cache.
    for (let p = 0; p < k4; p += STRIP)
      w.transpose(4 * (ps + p), 4 * (pb + p * n4), up4(n), Math.min(STRIP, k4 - p), 4 * k4, 4 * n4);
  }
  // B as it is, [k, n] with rows n apart: the columns the kernel reads past n, from the next row, reach only C's
  // padding columns (and the region is k·n4 long, so the last row's stay inside it).
  else heap.set(b.subarray(0, k * n), pb);
  const ldb = tb ? 4 * n4 : 4 * n;
  // k in parts, and for each, column panels of B small enough to stay in cache while every block of rows passes
  // over them (a long k would otherwise narrow the panels to a few columns, and A be read again for each).
  const panel = Math.max(8, Math.min(n4, ((PANEL_BYTES / (4 * Math.min(k, DEPTH))) >> 3) << 3));
  for (let p = 0; p < k; p += DEPTH)
    for (let j = 0; j < n4; j += panel)
      w.gemm(
        4 * pa + p * stepA,
        4 * pb + p * ldb + 4 * j,
        4 * (pc + j),
        m4,
        Math.min(panel, n4 - j),
        Math.min(DEPTH, k - p),
        ldb,
        4 * n4,
        rowA,
        stepA,
        p > 0 ? 1 : 0,
      );
  if (n === n4) c.set(heap.subarray(pc, pc + m * n));
  else for (let i = 0; i < m; i++) c.set(heap.subarray(pc + i * n4, pc + i * n4 + n), i * n);
  return true;
}

/** dst[c·rows + r] = src[r·cols + c] for src [rows, cols], in 32×32 tiles so that both sides stay in cache. */
function transposeInto(src: Float32Array, rows: number, cols: number, dst: Float32Array): void {
  for (let r0 = 0; r0 < rows; r0 += 32) {
    const r1 = Math.min(rows, r0 + 32);
    for (let c0 = 0; c0 < cols; c0 += 32) {
      const c1 = Math.min(cols, c0 + 32);
      for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) dst[c * rows + r] = src[r * cols + c];
    }
  }
}
