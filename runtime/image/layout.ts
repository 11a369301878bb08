// Which model inputs are images, and of what size and colour: `nnc predict` converts PNGs to them, `nnc dream`
// draws them.

import { UserError } from "../user-error.js";

export interface ImageLayout {
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 3;
}

/**
 * How an input shape holds an image: `[c, h, w]` with c 1 or 3, `[h, w]` (gray), or a flat `[k]` of a square
 * image, gray when k = h·h (a flattened MNIST digit) and RGB when k = 3·h·h (a flattened CIFAR-10 image; no k is
 * both). Undefined for every other shape.
 */
export function inputImageLayout(shape: readonly number[]): ImageLayout | undefined {
  if (shape.length === 3 && (shape[0] === 1 || shape[0] === 3)) {
    return { channels: shape[0], height: shape[1]!, width: shape[2]! };
  }
  if (shape.length === 2) return { channels: 1, height: shape[0]!, width: shape[1]! };
  if (shape.length === 1) {
    const gray = Math.sqrt(shape[0]!);
    if (Number.isInteger(gray)) return { channels: 1, height: gray, width: gray };
    const rgb = Math.sqrt(shape[0]! / 3);
    if (Number.isInteger(rgb)) return { channels: 3, height: rgb, width: rgb };
  }
  return undefined;
}

/** As inputImageLayout, or a UserError saying which shapes are images. */
export function imageLayout(shape: readonly number[]): ImageLayout {
  const layout = inputImageLayout(shape);
  if (layout) return layout;
  throw new UserError(
    `an input of shape [${shape.join(", ")}] is not an image: expected [h, w], [1, h, w], [3, h, w], or [k] ` +
      `with k = h·h (gray) or 3·h·h (RGB)`,
  );
}
