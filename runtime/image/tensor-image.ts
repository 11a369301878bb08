// One example of a model's input (no batch axis) → an 8-bit image, and that image onto the disk as a PNG. The data
// sets scale pixels to [0, 1] (IDX `ubyte` / 255, CIFAR-10 likewise), so [0, 1] maps onto 0..255.

import { writeAtomically } from "../atomic-file.js";
import { UserError } from "../user-error.js";
import { encodePng, type Image } from "./png.js";
import { imageLayout } from "./layout.js";

/** Values clipped to [0, 1] and scaled to 0..255; channels-first tensors become interleaved pixels. */
export function tensorToImage(x: ArrayLike<number>, shape: readonly number[]): Image {
  const { width, height, channels } = imageLayout(shape);
  const pixels = width * height;
  const data = new Uint8Array(pixels * channels);
  for (let c = 0; c < channels; c++) {
    for (let p = 0; p < pixels; p++) {
      const v = Math.min(1, Math.max(0, x[c * pixels + p]!));
      data[p * channels + c] = Math.round(v * 255);
    }
  }
  return { width, height, channels, data };
}

/** Writes `image` as a PNG, atomically. */
export function writePng(path: string, image: Image): void {
  try {
    writeAtomically(path, encodePng(image));
  } catch (e) {
    throw new UserError(`${path}: cannot write the image (${(e as Error).message})`);
  }
}
