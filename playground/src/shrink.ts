// A drawing as a model's input, with no DOM (unit-tested under Node): which inputs take one, and the picture shrunk
// to their size by averaging each cell's pixels.

/** The [1, H, W] or [H, W] image size a model input takes from a drawing; undefined for other inputs. */
export function drawingSize(shape: readonly number[]): { h: number; w: number } | undefined {
  if (shape.length === 3 && shape[0] === 1) return { h: shape[1]!, w: shape[2]! };
  if (shape.length === 2) return { h: shape[0]!, w: shape[1]! };
  return undefined;
}

/**
 * An RGBA picture (`width` × `height`) as `h` × `w` values in [0, 1]: each output cell the mean brightness of the
 * pixels it covers (box filter; the cells' edges split pixels by area), so a thin stroke fades rather than vanishes.
 */
export function shrinkToInput(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  h: number,
  w: number,
): Float32Array {
  const out = new Float32Array(h * w);
  const sy = height / h;
  const sx = width / w;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      let sum = 0;
      let area = 0;
      for (let y = Math.floor(r * sy); y < Math.min(height, Math.ceil((r + 1) * sy)); y++) {
        const fy = Math.min(y + 1, (r + 1) * sy) - Math.max(y, r * sy);
        for (let x = Math.floor(c * sx); x < Math.min(width, Math.ceil((c + 1) * sx)); x++) {
          const fx = Math.min(x + 1, (c + 1) * sx) - Math.max(x, c * sx);
          const i = 4 * (y * width + x);
          const lum = (0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!) / 255;
          sum += fx * fy * lum;
          area += fx * fy;
        }
      }
      out[r * w + c] = area > 0 ? sum / area : 0;
    }
  }
  return out;
}
