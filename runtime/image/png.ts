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
  checkDimensions(bytes, name);
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

/** The most pixels an image may have: 64 megapixels, 256 MB once decoded to RGBA. */
export const MAX_PIXELS = 64 * 1024 * 1024;

/**
 * The dimensions of the IHDR chunk, which the PNG format puts first (signature, length, `IHDR`, width, height),
 * checked before decoding: a file of a few bytes can claim 20000×20000 pixels, which the decoder would allocate.
 */
function checkDimensions(bytes: Uint8Array, name: string): void {
  if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return; // pngjs says why
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16, false);
  const height = view.getUint32(20, false);
  if (width * height > MAX_PIXELS) {
    throw new UserError(
      `${name}: the PNG claims ${width}×${height} pixels, more than the ${MAX_PIXELS.toLocaleString("en-US")} ` +
        `nnc decodes; shrink the image first`,
    );
  }
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
