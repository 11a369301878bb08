// 2×2 max pooling with stride 2, the CNNs' usual pooling, in WebAssembly SIMD: four windows at a time from two
// input rows, their even and odd columns split by shuffles. Exact: a window picks as the scalar scan does (the first
// maximum in scan order, or the first NaN), and the backward pass routes dy to that element. The windows tile the
// image without overlap, so dx takes each dy by a store (added to zero, as the scalar loop's `+=` rounds -0 to +0).

import { funcCode, get, I32, i32, memArg, op, set, simd, simdOp, uleb, V128 } from "./wasm-encode.js";

/** (x, y, dx, planes, h, w, oh, ow): see `pool2Code`. */
export type Pool2 = (
  x: number,
  y: number,
  dx: number,
  planes: number,
  h: number,
  w: number,
  oh: number,
  ow: number,
) => void;

const F32 = 0x7d;

const lanes = (...floats: number[]) => floats.flatMap((f) => [f * 4, f * 4 + 1, f * 4 + 2, f * 4 + 3]);
/** i8x16.shuffle of two vectors by float lanes (0–3 the first, 4–7 the second). */
const shuffle = (...floats: number[]) => [...simdOp(simd.shuffle), ...lanes(...floats)];
const i32x4 = (...v: number[]) => [
  ...simdOp(simd.const),
  ...v.flatMap((n) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff]),
];

/**
 * maxpool (x, y, 0, planes, h, w, oh, ow): y[p, oy, ox] = max of x[p, 2oy + {0,1}, 2ox + {0,1}]; backward
 * (x, dy, dx, …): dx at each window's maximum = dy, into a dx the caller has zeroed (elements outside every window,
 * an odd last row or column, stay zero). Addresses in bytes; windows inside the image.
 */
export function pool2Code(backward: boolean): number[] {
  const [x, y, dx, planes, h, w, oh, ow] = [0, 1, 2, 3, 4, 5, 6, 7];
  const [p, oy, ox, r0, r1, o, at, pick] = [8, 9, 10, 11, 12, 13, 14, 15];
  const [best, idx, v, better] = [16, 17, 18, 19]; // v128
  const [bestS, vS] = [20, 21]; // f32
  const tee = (l: number) => [op.localTee, ...uleb(l)];
  const load = (addr: number[], offset: number) => [...addr, ...simdOp(simd.load), ...memArg(2, offset)];
  const f32At = (addr: number[], offset: number) => [...addr, op.f32Load, ...memArg(2, offset)];
  const addrOf = (row: number) => [...get(row), ...get(ox), ...i32(3), op.i32Shl, op.i32Add];
  // Four windows: candidate k of each (scan order: row 0 even, row 0 odd, row 1 even, row 1 odd).
  const candidate = (k: number) => {
    const row = k < 2 ? r0 : r1;
    return [
      ...load(addrOf(row), 0),
      ...load(addrOf(row), 16),
      ...shuffle(...(k % 2 ? [1, 3, 5, 7] : [0, 2, 4, 6])),
    ];
  };
  const combine = (k: number) => [
    ...candidate(k), ...set(v),
    // v > best, or v a NaN where best is not
    ...get(v), ...get(best), ...simdOp(simd.f32Gt),
    ...get(v), ...get(v), ...simdOp(simd.f32Ne), ...get(best), ...get(best), ...simdOp(simd.f32Eq), ...simdOp(simd.and),
    ...simdOp(simd.or), ...set(better),
    ...get(v), ...get(best), ...get(better), ...simdOp(simd.bitselect), ...set(best),
    ...(backward ? [...i32x4(k, k, k, k), ...get(idx), ...get(better), ...simdOp(simd.bitselect), ...set(idx)] : []),
  ]; // prettier-ignore
  // dy where the window picked candidate k, else zero.
  const routed = (k: number) => [
    ...get(idx), ...i32x4(k, k, k, k), ...simdOp(simd.i32x4Eq), ...get(v), ...simdOp(simd.and),
    ...i32x4(0, 0, 0, 0), ...simdOp(simd.add),
  ]; // prettier-ignore
  const dxRow = (row: number) => [...get(dx), ...addrOf(row), op.i32Add, ...get(x), op.i32Sub];
  const four = [
    ...candidate(0), ...set(best), ...i32x4(0, 0, 0, 0), ...set(idx),
    ...combine(1), ...combine(2), ...combine(3),
    ...(backward
      ? [
          ...get(y), ...get(o), op.i32Add, ...simdOp(simd.load), ...memArg(2), ...set(v),
          ...dxRow(r0), ...routed(0), ...routed(1), ...shuffle(0, 4, 1, 5), ...simdOp(simd.store), ...memArg(2),
          ...dxRow(r0), ...routed(0), ...routed(1), ...shuffle(2, 6, 3, 7), ...simdOp(simd.store), ...memArg(2, 16),
          ...dxRow(r1), ...routed(2), ...routed(3), ...shuffle(0, 4, 1, 5), ...simdOp(simd.store), ...memArg(2),
          ...dxRow(r1), ...routed(2), ...routed(3), ...shuffle(2, 6, 3, 7), ...simdOp(simd.store), ...memArg(2, 16),
        ]
      : [...get(y), ...get(o), op.i32Add, ...get(best), ...simdOp(simd.store), ...memArg(2)]),
  ]; // prettier-ignore
  // One window, the same choice in scalars: `at` walks its four elements, `pick` keeps the winner's address.
  const one = [
    ...addrOf(r0), ...tee(at), ...set(pick), ...f32At(get(at), 0), ...set(bestS),
    ...[1, 2, 3].flatMap((k) => [
      ...get(at), ...(k === 2 ? [...get(w), ...i32(2), op.i32Shl, op.i32Add, ...i32(4), op.i32Sub] : [...i32(4), op.i32Add]),
      ...tee(at), op.f32Load, ...memArg(2), ...set(vS),
      ...get(vS), ...get(bestS), op.f32Gt,
      ...get(vS), ...get(vS), op.f32Ne, ...get(bestS), ...get(bestS), op.f32Eq, op.i32And, op.i32Or,
      op.if, op.void, ...get(at), ...set(pick), ...get(vS), ...set(bestS), op.end,
    ]),
    ...(backward
      ? [
          ...get(dx), ...get(pick), op.i32Add, ...get(x), op.i32Sub,
          op.f32Const, 0, 0, 0, 0, ...get(y), ...get(o), op.i32Add, op.f32Load, ...memArg(2), op.f32Add,
          op.f32Store, ...memArg(2),
        ]
      : [...get(y), ...get(o), op.i32Add, ...get(bestS), op.f32Store, ...memArg(2)]),
  ]; // prettier-ignore
  const until = (exit: number[], body: number[]) => [
    op.block, op.void, op.loop, op.void, ...exit, op.brIf, 1, ...body, op.br, 0, op.end, op.end,
  ]; // prettier-ignore
  const count = (l: number, limit: number, body: number[]) => [
    ...i32(0), ...set(l),
    ...until([...get(l), ...get(limit), op.i32GeU], [...body, ...get(l), ...i32(1), op.i32Add, ...set(l)]),
  ]; // prettier-ignore
  const body = [
    ...i32(0), ...set(o),
    ...count(p, planes, count(oy, oh, [
      // r0 = x + (p·h + 2·oy)·w·4, r1 the row below
      ...get(x), ...get(p), ...get(h), op.i32Mul, ...get(oy), ...i32(1), op.i32Shl, op.i32Add, ...get(w), op.i32Mul,
      ...i32(2), op.i32Shl, op.i32Add, ...tee(r0), ...get(w), ...i32(2), op.i32Shl, op.i32Add, ...set(r1),
      ...i32(0), ...set(ox),
      ...until([...get(ox), ...i32(4), op.i32Add, ...get(ow), op.i32GtU], [
        ...four, ...get(o), ...i32(16), op.i32Add, ...set(o), ...get(ox), ...i32(4), op.i32Add, ...set(ox),
      ]),
      ...until([...get(ox), ...get(ow), op.i32GeU], [
        ...one, ...get(o), ...i32(4), op.i32Add, ...set(o), ...get(ox), ...i32(1), op.i32Add, ...set(ox),
      ]),
    ])),
  ]; // prettier-ignore
  return funcCode(
    [
      [8, I32],
      [4, V128],
      [2, F32],
    ],
    body,
  );
}
