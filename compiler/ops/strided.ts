// Strided copies shared by the CPU kernels of reductions, broadcasts and transposes. Each walks the n-d index of
// one side in row-major order with an odometer, keeping the other side's offset by per-axis strides: no closure
// and no allocation per element.

export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i]!;
  }
  return s;
}

/** out[i] = src[Σ idx·srcStrides] for every row-major index of `shape` (broadcast: strides 0; transpose). */
export function gather(
  src: ArrayLike<number>,
  out: Float32Array | Float64Array | Int32Array,
  shape: readonly number[],
  srcStrides: readonly number[],
): void {
  const rank = shape.length;
  const total = out.length;
  const idx = new Array<number>(rank).fill(0);
  let j = 0;
  for (let i = 0; i < total; i++) {
    out[i] = src[j]!;
    for (let d = rank - 1; d >= 0; d--) {
      j += srcStrides[d]!;
      if (++idx[d]! < shape[d]!) break;
      j -= srcStrides[d]! * shape[d]!;
      idx[d] = 0;
    }
  }
}

/** Reduces src (of `shape`) into out, whose offset per axis is `outStrides` (0 along reduced axes). */
export function reduceInto(
  src: Float32Array,
  out: Float32Array,
  shape: readonly number[],
  outStrides: readonly number[],
  max: boolean,
): void {
  out.fill(max ? -Infinity : 0);
  const rank = shape.length;
  const idx = new Array<number>(rank).fill(0);
  let j = 0;
  for (let i = 0; i < src.length; i++) {
    const v = src[i]!;
    if (max) {
      if (v > out[j]! || Number.isNaN(v)) out[j] = v;
    } else out[j]! += v;
    for (let d = rank - 1; d >= 0; d--) {
      j += outStrides[d]!;
      if (++idx[d]! < shape[d]!) break;
      j -= outStrides[d]! * shape[d]!;
      idx[d] = 0;
    }
  }
}

/** The strides of the reduced output, seen from the input's axes: 0 along `axes`. */
export function reducedStrides(shape: readonly number[], axes: readonly number[]): number[] {
  const kept = shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const s = stridesOf(kept);
  return s.map((st, i) => (axes.includes(i) ? 0 : st));
}
