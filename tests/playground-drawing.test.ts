// The playground's drawing pad shrinks a picture to the model's input (playground/src/shrink.ts): the mean
// brightness of each cell's pixels, split by area where a cell's edge cuts a pixel.

import { describe, expect, it } from "vitest";
import { drawingSize, shrinkToInput } from "../playground/src/shrink.js";

function rgba(width: number, height: number, on: (x: number, y: number) => boolean): Uint8ClampedArray {
  const out = new Uint8ClampedArray(4 * width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = on(x, y) ? 255 : 0;
      out.set([v, v, v, 255], 4 * (y * width + x));
    }
  return out;
}

describe("the drawing pad", () => {
  it("averages whole cells: a white left half of 4×4 becomes [1, 0] per row of 2×2", () => {
    const x = shrinkToInput(
      rgba(4, 4, (x) => x < 2),
      4,
      4,
      2,
      2,
    );
    expect([...x]).toEqual([1, 0, 1, 0]);
  });

  it("splits a pixel cut by a cell's edge by area, and keeps values in [0, 1]", () => {
    // 3 pixels wide to 2 cells: the middle pixel (white) is half in each.
    const x = shrinkToInput(
      rgba(3, 1, (x) => x === 1),
      3,
      1,
      1,
      2,
    );
    expect(x[0]).toBeCloseTo(1 / 3, 6);
    expect(x[1]).toBeCloseTo(1 / 3, 6);
    const big = shrinkToInput(
      rgba(196, 196, (x, y) => (x + y) % 3 === 0),
      196,
      196,
      28,
      28,
    );
    expect(big.length).toBe(784);
    for (const v of big) expect(v >= 0 && v <= 1).toBe(true);
  });

  it("takes [1, H, W] and [H, W] inputs only", () => {
    expect(drawingSize([1, 28, 28])).toEqual({ h: 28, w: 28 });
    expect(drawingSize([28, 28])).toEqual({ h: 28, w: 28 });
    expect(drawingSize([3, 32, 32])).toBeUndefined();
    expect(drawingSize([2])).toBeUndefined();
  });
});
