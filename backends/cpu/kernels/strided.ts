// Strided copies shared by the CPU kernels of reductions, broadcasts and transposes. Each walks the n-d index of
// one side in row-major order with an odometer, keeping the other side's offset by per-axis strides: no closure
// and no allocation per element.

export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

/**
 * out[i] = src[Σ idx·srcStrides] for every row-major index of `shape` (broadcast: strides 0; transpose), the
 * innermost of the coalesced axes as a plain loop.
 */
export function gather(
  src: ArrayLike<number>,
  out: Float32Array | Float64Array | Int32Array,
  fullShape: readonly number[],
  fullStrides: readonly number[],
): void {
  const {
    shape,
    strides: [, srcStrides],
  } = coalesce(fullShape, [stridesOf(fullShape), fullStrides]);
  const rank = shape.length;
  const inner = shape[rank - 1];
  const step = srcStrides![rank - 1];
  const total = out.length;
  const idx = new Array<number>(rank).fill(0);
  let j = 0;
  for (let i = 0; i < total; i += inner) {
    for (let e = 0; e < inner; e++) out[i + e] = src[j + e * step];
    for (let d = rank - 2; d >= 0; d--) {
      j += srcStrides![d];
      if (++idx[d] < shape[d]) break;
      j -= srcStrides![d] * shape[d];
      idx[d] = 0;
    }
  }
}

/**
 * The same walk over fewer axes: axes of size 1 dropped, and an axis merged into the next where every operand's
 * offset runs on contiguously (a bias [c, 1, 1] against [n, c, h, w] walks as [n, c, h·w]). Inner loops get longer.
 */
export function coalesce(
  shape: readonly number[],
  strides: readonly (readonly number[])[],
): { shape: number[]; strides: number[][] } {
  const outShape: number[] = [];
  const outStrides: number[][] = strides.map(() => []);
  for (let d = 0; d < shape.length; d++) {
    if (shape[d] === 1) continue;
    const last = outShape.length - 1;
    if (last >= 0 && strides.every((st, k) => outStrides[k][last] === st[d] * shape[d])) {
      outShape[last] *= shape[d];
      strides.forEach((st, k) => (outStrides[k][last] = st[d]));
      continue;
    }
    outShape.push(shape[d]);
    strides.forEach((st, k) => outStrides[k].push(st[d]));
  }
  if (outShape.length === 0) {
    outShape.push(1);
    outStrides.forEach((st) => st.push(0));
  }
  return { shape: outShape, strides: outStrides };
}

/**
 * Reduces src (of `shape`) into out, whose offset per axis is `outStrides` (0 along reduced axes). The innermost
 * axis runs as a plain loop; when it is reduced, into one local accumulator.
 */
export function reduceInto(
  src: Float32Array | Float64Array,
  out: Float32Array | Float64Array,
  fullShape: readonly number[],
  fullStrides: readonly number[],
  max: boolean,
): void {
  out.fill(max ? -Infinity : 0);
  const {
    shape,
    strides: [outStrides],
  } = coalesce(fullShape, [fullStrides]);
  const rank = shape.length;
  const inner = shape[rank - 1];
  const step = outStrides![rank - 1];
  const idx = new Array<number>(rank).fill(0);
  let j = 0;
  for (let i = 0; i < src.length; i += inner) {
    if (step === 0) {
      let acc = max ? -Infinity : 0;
      for (let e = 0; e < inner; e++) {
        const v = src[i + e];
        if (max) {
          if (v > acc || Number.isNaN(v)) acc = v;
        } else acc += v;
      }
      if (max) {
        if (acc > out[j] || Number.isNaN(acc)) out[j] = acc;
      } else out[j] += acc;
    } else {
      for (let e = 0; e < inner; e++) {
        const v = src[i + e];
        const at = j + e * step;
        if (max) {
          if (v > out[at] || Number.isNaN(v)) out[at] = v;
        } else out[at] += v;
      }
    }
    for (let d = rank - 2; d >= 0; d--) {
      j += outStrides![d];
      if (++idx[d] < shape[d]) break;
      j -= outStrides![d] * shape[d];
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
