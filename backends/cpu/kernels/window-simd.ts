// im2col and col2im as WebAssembly SIMD over the executor's memory, for windows that all lie inside the image (no
// padding): each window row is a run of kw floats copied (or added back) four lanes at a time. Exact: col2im adds
// each column value to its image element in the same order as the JavaScript loop (im2col.ts), one f32 rounding each.

import type { Geometry } from "../../../compiler/ops/window.js";
import { funcCode, get, I32, i32, memArg, op, set, simd, simdOp, uleb } from "./wasm-encode.js";

/** Whether every window lies inside the image (these kernels' case): no padding reaches a window. */
export function allInside(g: Geometry): boolean {
  return g.pt === 0 && g.pl === 0 && (g.oh - 1) * g.sh + g.kh <= g.h && (g.ow - 1) * g.sw + g.kw <= g.w;
}

/** The arguments after the channel count that every function here takes. */
export const windowArgs = (g: Geometry) => [g.h, g.w, g.kh, g.kw, g.sh, g.sw, g.oh, g.ow] as const;

/** Parameter and local indices of both functions; see `windowCode`. */
const P = { x: 0, cols: 1, batch: 2, c: 3, h: 4, w: 5, kh: 6, kw: 7, sh: 8, sw: 9, oh: 10, ow: 11 } as const;
const L = {
  n: 12,
  oy: 13,
  ox: 14,
  ci: 15,
  ky: 16,
  j: 17,
  base: 18,
  yb: 19,
  pb: 20,
  cb: 21,
  src: 22,
  o: 23,
  vec: 24,
};

/** for (counter = 0; counter < limit; counter++) { body }, with `limit` a local. */
function loop(counter: number, limit: number, body: number[]): number[] {
  return [
    ...i32(0), ...set(counter),
    op.block, op.void,
    ...get(limit), op.i32Eqz, op.brIf, 0,
    op.loop, op.void,
    ...body,
    ...get(counter), ...i32(1), op.i32Add, op.localTee, ...uleb(counter), ...get(limit), op.i32LtU, op.brIf, 0,
    op.end,
    op.end,
  ]; // prettier-ignore
}

const mul = (a: number[], b: number[]) => [...a, ...b, op.i32Mul];
const addTo = (l: number, v: number[]) => [...get(l), ...v, op.i32Add, ...set(l)];
const bytes = (v: number[]) => [...v, ...i32(2), op.i32Shl];

/**
 * (x, cols, batch, c, h, w, kh, kw, sh, sw, oh, ow), x and cols byte addresses: im2col writes cols[n, oy·ow + ox,
 * (ci·kh + ky)·kw + kx] = x[n, ci, oy·sh + ky, ox·sw + kx]; col2im (`add`) adds cols back into a zeroed x.
 */
export function windowCode(add: boolean): number[] {
  const { x, cols, batch, c, h, w, kh, kw, sh, sw, oh, ow } = P;
  const { n, oy, ox, ci, ky, j, base, yb, pb, cb, src, o } = L;
  const plane = mul(get(h), get(w));
  // One element (scalar) or four (SIMD) at image address src + j·4 and column address o + j·4.
  const move = (wide: boolean) => {
    const [load, store, align] = wide
      ? [simdOp(simd.load), simdOp(simd.store), 2]
      : [[op.f32Load], [op.f32Store], 2];
    const at = (p: number) => [...get(p), ...bytes(get(j)), op.i32Add];
    return add
      ? [...at(src), ...at(src), ...load, ...memArg(align), ...at(o), ...load, ...memArg(align),
          ...(wide ? simdOp(simd.add) : [op.f32Add]), ...store, ...memArg(align)]
      : [...at(o), ...at(src), ...load, ...memArg(align), ...store, ...memArg(align)];
  }; // prettier-ignore
  // j over [0, kw): four at a time while four remain, then one at a time.
  const run = [
    ...i32(0), ...set(j),
    op.block, op.void,
    op.loop, op.void,
    ...get(j), ...i32(4), op.i32Add, ...get(kw), op.i32GtU, op.brIf, 1,
    ...move(true),
    ...addTo(j, i32(4)),
    op.br, 0,
    op.end,
    op.end,
    op.block, op.void,
    op.loop, op.void,
    ...get(j), ...get(kw), op.i32GeU, op.brIf, 1,
    ...move(false),
    ...addTo(j, i32(1)),
    op.br, 0,
    op.end,
    op.end,
    ...addTo(o, bytes(get(kw))),
  ]; // prettier-ignore
  const body = [
    ...get(cols), ...set(o),
    ...loop(n, batch, [
      ...get(x), ...bytes(mul(mul(get(n), get(c)), plane)), op.i32Add, ...set(base),
      ...loop(oy, oh, [
        ...get(base), ...bytes(mul(mul(get(oy), get(sh)), get(w))), op.i32Add, ...set(yb),
        ...loop(ox, ow, [
          ...get(yb), ...bytes(mul(get(ox), get(sw))), op.i32Add, ...set(pb),
          ...loop(ci, c, [
            ...get(pb), ...bytes(mul(get(ci), plane)), op.i32Add, ...set(cb),
            ...loop(ky, kh, [...get(cb), ...bytes(mul(get(ky), get(w))), op.i32Add, ...set(src), ...run]),
          ]),
        ]),
      ]),
    ]),
  ]; // prettier-ignore
  return funcCode([[12, I32]], body);
}

/**
 * maxpool (x, y, 0, planes, h, w, kh, kw, sh, sw, oh, ow): y[p, oy, ox] = the window's maximum; and its backward
 * (x, dy, dx, …) adding dy into a zeroed dx at each window's maximum, in the same order as the JavaScript loop. The
 * maximum is the first in scan order, or the first NaN (maxpool.ts, `windowMax`). Windows inside the image only.
 */
export function maxpoolCode(backward: boolean): number[] {
  const [x, y, dx, planes, h, w, kh, kw, sh, sw, oh, ow] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const [p, oy, ox, ky, kx, base, row0, at, best, o] = [12, 13, 14, 15, 16, 17, 18, 19, 20, 21];
  const [v, bestV] = [22, 23];
  const f32 = (l: number) => [...get(l), op.f32Load, ...memArg(2)];
  const scan = [
    ...get(row0), ...get(ky), ...get(w), op.i32Mul, ...get(kx), op.i32Add, ...i32(2), op.i32Shl, op.i32Add,
    op.localTee, ...uleb(at), op.f32Load, ...memArg(2), ...set(v),
    // v > best, or v the first NaN
    ...get(v), ...get(bestV), op.f32Gt,
    ...get(v), ...get(v), op.f32Ne, ...get(bestV), ...get(bestV), op.f32Eq, op.i32And,
    op.i32Or,
    op.if, op.void,
    ...get(at), ...set(best), ...get(v), ...set(bestV),
    op.end,
  ]; // prettier-ignore
  const emit = backward
    ? // dx[best] += dy[o]
      [...get(dx), ...get(best), ...get(x), op.i32Sub, op.i32Add, op.localTee, ...uleb(at),
        ...f32(at), ...get(y), ...get(o), op.i32Add, op.f32Load, ...memArg(2), op.f32Add, op.f32Store, ...memArg(2)]
    : [...get(y), ...get(o), op.i32Add, ...get(bestV), op.f32Store, ...memArg(2)]; // prettier-ignore
  const body = [
    ...i32(0), ...set(o),
    ...loop(p, planes, [
      ...get(x), ...bytes(mul(mul(get(p), get(h)), get(w))), op.i32Add, ...set(base),
      ...loop(oy, oh, [
        ...loop(ox, ow, [
          ...get(base), ...bytes([...mul(mul(get(oy), get(sh)), get(w)), ...mul(get(ox), get(sw)), op.i32Add]),
          op.i32Add, op.localTee, ...uleb(row0), ...set(best),
          ...f32(row0), ...set(bestV),
          ...loop(ky, kh, loop(kx, kw, scan)),
          ...emit,
          ...addTo(o, i32(4)),
        ]),
      ]),
    ]),
  ]; // prettier-ignore
  return funcCode(
    [
      [10, I32],
      [2, 0x7d /* f32 */],
    ],
    body,
  );
}
