// Bilinear resizing of one image plane (row-major floats in, row-major floats out), as torchvision's `Resize` does
// it: half-pixel centres (align_corners=False), edges clamped, and by default antialiased when shrinking.

export interface ResizeOptions {
  /** Widen the filter by the shrink factor, so every source pixel counts (torchvision's default); default true. */
  readonly antialias?: boolean;
}

/** Resizes an `h`×`w` plane to `outH`×`outW`, rows first, then columns (the filter is separable). */
export function resizeBilinear(
  src: Float32Array,
  h: number,
  w: number,
  outH: number,
  outW: number,
  o: ResizeOptions = {},
): Float32Array {
  if (h === outH && w === outW) return src.slice();
  const antialias = o.antialias ?? true;
  const across = axisTaps(w, outW, antialias);
  const wide = new Float32Array(h * outW);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < outW; x++) wide[y * outW + x] = apply(across, x, (j) => src[y * w + j]!);
  }
  const down = axisTaps(h, outH, antialias);
  const out = new Float32Array(outH * outW);
  for (let y = 0; y < outH; y++) {
    for (let x = 0; x < outW; x++) out[y * outW + x] = apply(down, y, (j) => wide[j * outW + x]!);
  }
  return out;
}

/** For each output index along one axis: the first source index it reads and the weights of the sources. */
interface Taps {
  readonly first: Int32Array;
  readonly weights: readonly Float64Array[];
}

/**
 * The triangle filter of PIL and PyTorch's `_upsample_bilinear2d_aa`: output `i` is centred at source coordinate
 * `c = (i + 0.5)·scale` and weighs source pixel `j` (centre `j + 0.5`) by `max(0, 1 - |j + 0.5 - c| / s)`, where
 * `s` is the support: 1, or `scale` when shrinking with antialiasing. The weights are normalised, which drops
 * taps outside the image; with `s = 1` that is exactly bilinear interpolation with edge clamping.
 */
function axisTaps(inSize: number, outSize: number, antialias: boolean): Taps {
  const scale = inSize / outSize;
  const support = antialias && scale > 1 ? scale : 1;
  const first = new Int32Array(outSize);
  const weights: Float64Array[] = [];
  for (let i = 0; i < outSize; i++) {
    const centre = (i + 0.5) * scale;
    const lo = Math.max(Math.trunc(centre - support + 0.5), 0);
    const hi = Math.min(Math.trunc(centre + support + 0.5), inSize);
    const ws = new Float64Array(Math.max(hi - lo, 0));
    let total = 0;
    for (let j = lo; j < hi; j++) {
      const wj = Math.max(0, 1 - Math.abs(j + 0.5 - centre) / support);
      ws[j - lo] = wj;
      total += wj;
    }
    for (let k = 0; k < ws.length; k++) ws[k] = ws[k]! / total;
    first[i] = lo;
    weights.push(ws);
  }
  return { first, weights };
}

function apply(taps: Taps, i: number, at: (j: number) => number): number {
  const ws = taps.weights[i]!;
  const lo = taps.first[i]!;
  let sum = 0;
  for (let k = 0; k < ws.length; k++) sum += ws[k]! * at(lo + k);
  return sum;
}
