// A folder of images as a model's input, with no DOM (unit-tested under Node): which inputs take an image, each
// file's class from its sub-folder's name (sorted by name: the first is class 0), and the pixels laid out for the
// input, [C, H, W] with C 1 (grey) or 3 (RGB), or [H, W].

export interface ImageInput {
  readonly channels: 1 | 3;
  readonly h: number;
  readonly w: number;
}

/** The image an input takes; undefined for inputs that are not images. */
export function imageInput(shape: readonly number[]): ImageInput | undefined {
  if (shape.length === 3 && (shape[0] === 1 || shape[0] === 3))
    return { channels: shape[0], h: shape[1]!, w: shape[2]! };
  if (shape.length === 2) return { channels: 1, h: shape[0]!, w: shape[1]! };
  return undefined;
}

/** Each file's class from its relative path (`root/cat/1.png`: `cat`); files not in a sub-folder are left out. */
export function labelPaths(paths: readonly string[]): { classes: string[]; labels: (number | undefined)[] } {
  const folder = (p: string): string | undefined => {
    const parts = p.split("/").filter((s) => s !== "");
    return parts.length >= 2 ? parts[parts.length - 2] : undefined;
  };
  const classes = [...new Set(paths.map(folder).filter((f): f is string => f !== undefined))].sort();
  return {
    classes,
    labels: paths.map((p) => {
      const f = folder(p);
      return f === undefined ? undefined : classes.indexOf(f);
    }),
  };
}

/** An RGBA picture already at the input's size, as its values in [0, 1], channels first; grey is the RGB mean. */
export function rgbaToInput(rgba: Uint8ClampedArray, input: ImageInput): Float32Array {
  const pixels = input.h * input.w;
  const out = new Float32Array(input.channels * pixels);
  for (let i = 0; i < pixels; i++) {
    const [r, g, b] = [rgba[4 * i]!, rgba[4 * i + 1]!, rgba[4 * i + 2]!];
    if (input.channels === 1) out[i] = (r + g + b) / (3 * 255);
    else {
      out[i] = r / 255;
      out[pixels + i] = g / 255;
      out[2 * pixels + i] = b / 255;
    }
  }
  return out;
}
