// An 8-bit image of any size and colour in, one example of a model's input out: the colour converted, the size
// changed by bilinear resizing, and the pixels scaled to [0, 1] as the data sets scale theirs (byte / 255), laid
// out channel by channel like PyTorch's ToTensor and the CIFAR-10 files.

import type { Image } from "./png.js";
import { resizeBilinear, type ResizeOptions } from "./resize.js";
import type { ImageLayout } from "./layout.js";

/** One example for an input of this layout: channel planes one after another, values in [0, 1]. */
export function imageToInput(image: Image, layout: ImageLayout, o: ResizeOptions = {}): Float32Array {
  const { height, width } = layout;
  // Both conversions are linear, so their order does not change the result: gray is made before resizing (one
  // plane to resize, not three) and RGB after.
  const planes = colourPlanes(image, image.channels === 3 && layout.channels === 1 ? 1 : image.channels);
  const resized = planes.map((p) => resizeBilinear(p, image.height, image.width, height, width, o));
  const out = new Float32Array(layout.channels * height * width);
  const size = height * width;
  for (let c = 0; c < layout.channels; c++) {
    const plane = resized[resized.length === 1 ? 0 : c]!;
    for (let i = 0; i < size; i++) out[c * size + i] = plane[i]! / 255;
  }
  return out;
}

/**
 * The image's byte values as `channels` planes. RGB to gray is PIL's `convert("L")` luminance,
 * L = R·299/1000 + G·587/1000 + B·114/1000, kept unrounded (PIL rounds it to a byte).
 */
function colourPlanes(image: Image, channels: 1 | 3): Float32Array[] {
  const { data } = image;
  const size = image.width * image.height;
  const planes = Array.from({ length: channels }, () => new Float32Array(size));
  for (let p = 0; p < size; p++) {
    if (image.channels === channels) {
      for (let c = 0; c < channels; c++) planes[c]![p] = data[p * channels + c]!;
    } else {
      const [r, g, b] = [data[3 * p]!, data[3 * p + 1]!, data[3 * p + 2]!];
      planes[0]![p] = (r * 299 + g * 587 + b * 114) / 1000;
    }
  }
  return planes;
}
