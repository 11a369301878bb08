// im2col and col2im as WebAssembly SIMD over the executor's memory, padding included: each window row is a run of
// kw floats copied (or added back) four lanes at a time. Exact: col2im adds each column value to its image element
// in the same order as the JavaScript loop (im2col.ts), one f32 rounding each. And maxpool, for windows inside the
// image.

import type { Geometry } from "../../../compiler/ops/window.js";
import { funcCode, get, I32, i32, memArg, op, set, simd, simdOp, uleb } from "./wasm-encode.js";

/** Whether every window lies inside the image: no padding reaches a window (the maxpool kernels' case). */
export function allInside(g: Geometry): boolean {
  return g.pt === 0 && g.pl === 0 && (g.oh - 1) * g.sh + g.kh <= g.h && (g.ow - 1) * g.sw + g.kw <= g.w;
}

/** The arguments after the channel count that every function here takes. */
export const windowArgs = (g: Geometry) => [g.h, g.w, g.kh, g.kw, g.sh, g.sw, g.oh, g.ow] as const;
/** im2col's and col2im's: those, then the padding before the first row and column. */
export const paddedWindowArgs = (g: Geometry) => [...windowArgs(g), g.pt, g.pl] as const;

/** Parameter and local indices of both functions; see `windowCode`. */
const P = {
  x: 0,
  cols: 1,
  batch: 2,
  c: 3,
  h: 4,
  w: 5,
  kh: 6,
  kw: 7,
  sh: 8,
  sw: 9,
  oh: 10,
  ow: 11,
  pt: 12,
  pl: 13,
};
const L = {
  n: 14,
  oy: 15,
  ox: 16,
  ci: 17,
  ky: 18,
  j: 19,
  base: 20,
  src: 21,
  o: 22,
  iy: 23,
  x0: 24,
  lo: 25,
  hi: 26,
};
const LOCALS = 13;

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

/** while (!(exit)) { body }: `exit` leaves an i32 on the stack. */
function until(exit: number[], body: number[]): number[] {
  return [op.block, op.void, op.loop, op.void, ...exit, op.brIf, 1, ...body, op.br, 0, op.end, op.end];
}

const mul = (a: number[], b: number[]) => [...a, ...b, op.i32Mul];
const addTo = (l: number, v: number[]) => [...get(l), ...v, op.i32Add, ...set(l)];
const bytes = (v: number[]) => [...v, ...i32(2), op.i32Shl];
/** The signed minimum or maximum of two side-effect-free i32 expressions. */
const pick = (a: number[], b: number[], cmp: number) => [...a, ...b, ...a, ...b, cmp, op.select];

/**
 * (x, cols, batch, c, h, w, kh, kw, sh, sw, oh, ow, pt, pl), x and cols byte addresses: im2col writes
 * cols[n, oy·ow + ox, (ci·kh + ky)·kw + kx] = x[n, ci, oy·sh + ky − pt, ox·sw + kx − pl], zero in the padding;
 * col2im (`add`) adds the columns that lie in the image back into a zeroed x. A window row is a run of zeros
 * [0, lo), a copy [lo, hi) moved four lanes at a time, and zeros [hi, kw): its bounds are found once per window.
 */
export function windowCode(add: boolean): number[] {
  const { x, cols, batch, c, h, w, kh, kw, sh, sw, oh, ow, pt, pl } = P;
  const { n, oy, ox, ci, ky, j, base, src, o, iy, x0, lo, hi } = L;
  const plane = mul(get(h), get(w));
  const at = (p: number) => [...get(p), ...bytes(get(j)), op.i32Add];
  // One element (scalar) or four (SIMD) at image address src + j·4 and column address o + j·4.
  const move = (wide: boolean) => {
    const [load, store] = wide ? [simdOp(simd.load), simdOp(simd.store)] : [[op.f32Load], [op.f32Store]];
    return add
      ? [...at(src), ...at(src), ...load, ...memArg(2), ...at(o), ...load, ...memArg(2),
          ...(wide ? simdOp(simd.add) : [op.f32Add]), ...store, ...memArg(2)]
      : [...at(o), ...at(src), ...load, ...memArg(2), ...store, ...memArg(2)];
  }; // prettier-ignore
  const zero = [...at(o), op.f32Const, 0, 0, 0, 0, op.f32Store, ...memArg(2)];
  const step = (by: number) => addTo(j, i32(by));
  const copy = [
    ...until([...get(j), ...i32(4), op.i32Add, ...get(hi), op.i32GtU], [...move(true), ...step(4)]),
    ...until([...get(j), ...get(hi), op.i32GeU], [...move(false), ...step(1)]),
  ];
  const zerosTo = (end: number) => until([...get(j), ...get(end), op.i32GeU], [...zero, ...step(1)]);
  // A window row inside the image's rows: im2col's zeros, copy, zeros; col2im's copy alone.
  const row = add
    ? [...get(lo), ...set(j), ...copy]
    : [...i32(0), ...set(j), ...zerosTo(lo), ...copy, ...zerosTo(kw)];
  const body = [
    ...get(cols), ...set(o),
    ...loop(n, batch, [
      ...get(x), ...bytes(mul(mul(get(n), get(c)), plane)), op.i32Add, ...set(base),
      ...loop(oy, oh, [
        ...loop(ox, ow, [
          ...mul(get(ox), get(sw)), ...get(pl), op.i32Sub, ...set(x0),
          ...pick(pick(i32(0), [...i32(0), ...get(x0), op.i32Sub], op.i32GtS), get(kw), op.i32LtS), ...set(lo),
          ...pick(get(lo), pick(get(kw), [...get(w), ...get(x0), op.i32Sub], op.i32LtS), op.i32GtS), ...set(hi),
          ...loop(ci, c, loop(ky, kh, [
            ...mul(get(oy), get(sh)), ...get(ky), op.i32Add, ...get(pt), op.i32Sub, op.localTee, ...uleb(iy),
            // iy in [0, h), negative iy compared unsigned included
            ...get(h), op.i32LtU,
            op.if, op.void,
            ...get(base), ...bytes([...mul(get(ci), plane), ...mul(get(iy), get(w)), op.i32Add, ...get(x0), op.i32Add]),
            op.i32Add, ...set(src),
            ...row,
            ...(add ? [] : [op.else, ...i32(0), ...set(j), ...zerosTo(kw)]),
            op.end,
            ...addTo(o, bytes(get(kw))),
          ])),
        ]),
      ]),
    ]),
  ]; // prettier-ignore
  return funcCode([[LOCALS, I32]], body);
}

/**
 * maxpool (x, y, 0, planes, h, w, kh, kw, sh, sw, oh, ow): y[p, oy, ox] = the window's maximum; and its backward
 * (x, dy, dx, …) adding dy into a zeroed dx at each window's maximum, in the same order as the JavaScript loop. The
 * maximum is the first in scan order, or the first NaN (maxpool.ts, `windowMax`). Windows inside the image only.
 */
export function maxpoolCode(backward: boolean): number[] {
  const [x, y, dx, planes, h, w, kh, kw, sh, sw, oh, ow] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const [p, oy, ox, ky, kx, base, row0, at, best, o, better] = [12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22];
  const [v, bestV] = [23, 24];
  const f32 = (l: number) => [...get(l), op.f32Load, ...memArg(2)];
  // Without a branch: on real activations whether v wins is a coin toss, and a mispredicted branch per element
  // cost more than the rest of the scan.
  const scan = [
    ...get(row0), ...get(ky), ...get(w), op.i32Mul, ...get(kx), op.i32Add, ...i32(2), op.i32Shl, op.i32Add,
    op.localTee, ...uleb(at), op.f32Load, ...memArg(2), ...set(v),
    // v > best, or v the first NaN
    ...get(v), ...get(bestV), op.f32Gt,
    ...get(v), ...get(v), op.f32Ne, ...get(bestV), ...get(bestV), op.f32Eq, op.i32And,
    op.i32Or, ...set(better),
    ...get(at), ...get(best), ...get(better), op.select, ...set(best),
    ...get(v), ...get(bestV), ...get(better), op.select, ...set(bestV),
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
      [11, I32],
      [2, 0x7d /* f32 */],
    ],
    body,
  );
}
