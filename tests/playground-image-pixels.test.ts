// A folder of images in the playground: classes from the sub-folders' names (sorted), and an RGBA picture at the
// input's size laid out channels first, grey the RGB mean.

import { describe, expect, it } from "vitest";
import { imageInput, labelPaths, rgbaToInput } from "../playground/src/image-pixels.js";

describe("playground image folder", () => {
  it("names classes by sub-folder, sorted, and leaves out files not in one", () => {
    expect(labelPaths(["set/dog/1.png", "set/cat/a.png", "loose.png", "set/dog/2.png"])).toEqual({
      classes: ["cat", "dog"],
      labels: [1, 0, undefined, 1],
    });
  });

  it("takes [1, H, W], [3, H, W] and [H, W] inputs, and no others", () => {
    expect(imageInput([1, 28, 28])).toEqual({ channels: 1, h: 28, w: 28 });
    expect(imageInput([3, 32, 16])).toEqual({ channels: 3, h: 32, w: 16 });
    expect(imageInput([8, 8])).toEqual({ channels: 1, h: 8, w: 8 });
    expect(imageInput([2])).toBeUndefined();
    expect(imageInput([4, 8, 8])).toBeUndefined();
  });

  it("lays the pixels out channels first, in [0, 1]", () => {
    const rgba = Uint8ClampedArray.from([255, 0, 0, 255, 0, 51, 255, 255]);
    const rgb = [...rgbaToInput(rgba, { channels: 3, h: 1, w: 2 })].map((v) => Math.round(v * 1000) / 1000);
    expect(rgb).toEqual([1, 0, 0, 0.2, 0, 1]);
    const grey = rgbaToInput(rgba, { channels: 1, h: 1, w: 2 });
    expect(grey[0]).toBeCloseTo(1 / 3, 6);
    expect(grey[1]).toBeCloseTo(306 / 765, 6);
  });
});
