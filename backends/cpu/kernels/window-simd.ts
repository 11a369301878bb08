// im2col and col2im as WebAssembly SIMD over the executor's memory, for windows that all lie inside the image (no
// padding): each window row is a run of kw floats copied (or added back) four lanes at a time. Exact: col2im adds
// each column value to its image element in the same order as the JavaScript loop (im2col.ts), one f32 rounding each.

import { funcCode, get, I32, i32, memArg, op, set, simd, simdOp, uleb } from "./wasm-encode.js";

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
