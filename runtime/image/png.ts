// PNG files in and out of nnc (`nnc predict` reads them, `nnc dream` writes them), through pngjs: it handles every
// colour type, bit depth and interlacing a user's image may come in.

import pngjs from "pngjs";
import { UserError } from "../user-error.js";

const { PNG } = pngjs;

/** An 8-bit image, row-major, `channels` values per pixel (1 gray, 3 RGB). */
export interface Image {
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 3;
  readonly data: Uint8Array;
}

/**
 * Decodes a PNG of any colour type; gray images (all three colour channels equal) come back with 1 channel, the
 * rest as RGB. Transparent pixels are composited on black, as PyTorch's ToTensor on an RGBA image drops alpha.
 */
export function decodePng(bytes: Uint8Array, name = "image"): Image {
  let png: pngjs.PNG;
  try {
    png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw new UserError(`${name}: not a readable PNG file (${(e as Error).message})`);
  }
  const { width, height, data } = png; // always RGBA, 8 bits per channel
  const pixels = width * height;
  let gray = true;
  for (let p = 0; p < pixels && gray; p++) {
    gray = data[4 * p] === data[4 * p + 1] && data[4 * p] === data[4 * p + 2];
  }
  const channels = gray ? 1 : 3;
  const out = new Uint8Array(pixels * channels);
  for (let p = 0; p < pixels; p++) {
    const a = data[4 * p + 3]! / 255;
    for (let c = 0; c < channels; c++) out[p * channels + c] = Math.round(data[4 * p + c]! * a);
  }
  return { width, height, channels, data: out };
}

/** Encodes an 8-bit gray or RGB image as a PNG. */
export function encodePng(image: Image): Buffer {
  const { width, height, channels, data } = image;
  const png = new PNG({ width, height, colorType: channels === 1 ? 0 : 2, inputColorType: 6 });
  for (let p = 0; p < width * height; p++) {
    for (let c = 0; c < 3; c++) png.data[4 * p + c] = data[p * channels + (channels === 1 ? 0 : c)]!;
    png.data[4 * p + 3] = 255;
  }
  return PNG.sync.write(png, { colorType: channels === 1 ? 0 : 2, inputColorType: 6 });
}
