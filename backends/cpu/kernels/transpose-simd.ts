// A float32 transpose as WebAssembly SIMD, for the GEMM's packing (gemm-simd.ts): 4×4 blocks are loaded as four
// rows and stored as four columns with eight lane shuffles, about a cycle per element where JavaScript's
// element-by-element copy takes several nanoseconds.

import { funcCode, get, I32, i32, memArg, op, set, simd, simdOp, uleb, V128 } from "./wasm-encode.js";

/** i8x16.shuffle picking 32-bit lanes (0-3 of the first operand, 4-7 of the second). */
const shuffle = (lanes: readonly number[]) => [
  ...simdOp(simd.shuffle),
  ...lanes.flatMap((l) => [4 * l, 4 * l + 1, 4 * l + 2, 4 * l + 3]),
];

/**
 * transpose(src, dst, rows, cols, srcStride, dstStride): dst[c][r] = src[r][c] for r < rows, c < cols, both
 * multiples of 4; addresses and row strides in bytes.
 */
export function transposeCode(): number[] {
  // Parameters 0-5; locals 6 r, 7 c, 8 s (source block), 9 d (destination block); 10-13 rows, 14-17 shuffled.
  const [src, dst, rows, cols, ss, ds, r, c, s, d] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const row = (q: number) => 10 + q;
  const tmp = (q: number) => 14 + q;
  // The address `base` + q·stride for q = 0..3.
  const at = (base: number, stride: number, q: number) =>
    q ? [...get(base), ...get(stride), ...i32(q), op.i32Mul, op.i32Add] : get(base);
  const mix = (a: number, b: number, lanes: number[], to: number) => [
    ...get(a),
    ...get(b),
    ...shuffle(lanes),
    ...set(to),
  ];
  const body = [
    ...i32(0), ...set(r),
    op.block, op.void,
    ...get(rows), op.i32Eqz, op.brIf, 0,
    ...get(cols), op.i32Eqz, op.brIf, 0,
    op.loop, op.void, // over blocks of 4 rows
    ...i32(0), ...set(c),
    op.loop, op.void, // over blocks of 4 columns
    // s = src + r·ss + c·4; d = dst + c·ds + r·4
    ...get(src), ...get(r), ...get(ss), op.i32Mul, op.i32Add, ...get(c), ...i32(2), op.i32Shl, op.i32Add, ...set(s),
    ...get(dst), ...get(c), ...get(ds), op.i32Mul, op.i32Add, ...get(r), ...i32(2), op.i32Shl, op.i32Add, ...set(d),
    ...[0, 1, 2, 3].flatMap((q) => [...at(s, ss, q), ...simdOp(simd.load), ...memArg(2), ...set(row(q))]),
    ...mix(row(0), row(1), [0, 4, 1, 5], tmp(0)),
    ...mix(row(0), row(1), [2, 6, 3, 7], tmp(1)),
    ...mix(row(2), row(3), [0, 4, 1, 5], tmp(2)),
    ...mix(row(2), row(3), [2, 6, 3, 7], tmp(3)),
    ...mix(tmp(0), tmp(2), [0, 1, 4, 5], row(0)),
    ...mix(tmp(0), tmp(2), [2, 3, 6, 7], row(1)),
    ...mix(tmp(1), tmp(3), [0, 1, 4, 5], row(2)),
    ...mix(tmp(1), tmp(3), [2, 3, 6, 7], row(3)),
    ...[0, 1, 2, 3].flatMap((q) => [...at(d, ds, q), ...get(row(q)), ...simdOp(simd.store), ...memArg(2)]),
    ...get(c), ...i32(4), op.i32Add, op.localTee, ...uleb(c), ...get(cols), op.i32LtU, op.brIf, 0,
    op.end,
    ...get(r), ...i32(4), op.i32Add, op.localTee, ...uleb(r), ...get(rows), op.i32LtU, op.brIf, 0,
    op.end,
    op.end,
  ]; // prettier-ignore
  return funcCode(
    [
      [4, I32],
      [8, V128],
    ],
    body,
  );
}

/**
 * columnSums(src, out, rows, colBytes): out[c] = Σ_r src[r, c], rows added in order (as the JavaScript reduction
 * does, one f32 rounding per addition), four columns at a time; colBytes a multiple of 16.
 */
export function columnSumsCode(): number[] {
  // Parameters 0-3; locals 4 c (byte offset of the column block), 5 r, 6 at; 7 the sums.
  const [src, out, rows, colBytes, c, r, at, sum] = [0, 1, 2, 3, 4, 5, 6, 7];
  const body = [
    ...i32(0), ...set(c),
    op.block, op.void,
    ...get(colBytes), op.i32Eqz, op.brIf, 0,
    op.loop, op.void, // over blocks of 4 columns
    ...simdOp(simd.const), ...new Array<number>(16).fill(0), ...set(sum),
    ...get(src), ...get(c), op.i32Add, ...set(at),
    ...i32(0), ...set(r),
    op.block, op.void,
    ...get(rows), op.i32Eqz, op.brIf, 0,
    op.loop, op.void, // over rows
    ...get(sum), ...get(at), ...simdOp(simd.load), ...memArg(2), ...simdOp(simd.add), ...set(sum),
    ...get(at), ...get(colBytes), op.i32Add, ...set(at),
    ...get(r), ...i32(1), op.i32Add, op.localTee, ...uleb(r), ...get(rows), op.i32LtU, op.brIf, 0,
    op.end,
    op.end,
    ...get(out), ...get(c), op.i32Add, ...get(sum), ...simdOp(simd.store), ...memArg(2),
    ...get(c), ...i32(16), op.i32Add, op.localTee, ...uleb(c), ...get(colBytes), op.i32LtU, op.brIf, 0,
    op.end,
    op.end,
  ]; // prettier-ignore
  return funcCode(
    [
      [3, I32],
      [1, V128],
    ],
    body,
  );
}
