// The CS231n spiral (a seed and the class/point counts in, a train-only DataSplits out): `classes` arms of
// `points` 2-D points each, deterministic for a seed.

import type { DataSplits } from "./dataset.js";

export interface SpiralOptions {
  readonly classes: number;
  readonly points: number;
  readonly noise: number;
  readonly seed?: number;
}

/** Mulberry32: small, fast and the same on every platform, so a seed names one data set everywhere. */
export function mulberry32(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by Box–Muller; each pair of uniforms gives two independent normals. */
export function gaussian(uniform: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const z = spare;
      spare = undefined;
      return z;
    }
    // 1 - u lies in (0, 1], so the logarithm is finite
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const theta = 2 * Math.PI * uniform();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}

/**
 * For class j and i = 0..points-1: r = i / (points - 1), t = 4j + 4i / (points - 1) + noise·z with z ~ N(0, 1),
 * x = [r sin t, r cos t] (numpy's `linspace(j*4, (j+1)*4, points)`, which is [4j] for a single point).
 */
export function spiral(options: SpiralOptions): DataSplits {
  const { classes, points, noise } = options;
  const randn = gaussian(mulberry32(options.seed ?? 0));
  const count = classes * points;
  const x = new Float32Array(count * 2);
  const y = new Int32Array(count);
  const step = points > 1 ? 1 / (points - 1) : 0;
  for (let j = 0; j < classes; j++) {
    for (let i = 0; i < points; i++) {
      const n = j * points + i;
      const r = i * step;
      const t = 4 * j + 4 * i * step + randn() * noise;
      x[2 * n] = r * Math.sin(t);
      x[2 * n + 1] = r * Math.cos(t);
      y[n] = j;
    }
  }
  return { train: { x, y, count, exampleShape: [2], classes } };
}
