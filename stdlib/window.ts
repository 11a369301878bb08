// What conv2d, maxpool and avgpool share about their windows (LANGUAGE §6): the checks of kernel, stride and
// padding with their diagnostics, the output shape, and the window ops' attributes for the lowering. The arithmetic
// (PyTorch's rounding, TensorFlow's `same` padding) is compiler/shapes/window.ts, which the window ops use too.

import type { Padding, Sig } from "../compiler/frontend/args.js";
import { fmtShape, type Shape } from "../compiler/shape.js";
import type { LayerSite } from "./layer-def.js";
import type { Value } from "../compiler/ir/value.js";
import { bug } from "../compiler/diagnostics.js";
import type { WindowAttrs } from "../compiler/ops/window.js";
import { samePads, windowPositions, type Pads } from "../compiler/shapes/window.js";

export interface Window {
  readonly out: readonly [number, number];
  /** [[top, bottom], [left, right]]. */
  readonly pads: readonly [Pads, Pads];
}

/** Checks an input of [c, h, w] and computes the window's output size, or reports why it has none. */
export function slide<S extends Sig>(
  site: LayerSite<S>,
  kernel: readonly [number, number],
  stride: readonly [number, number],
  padding: Padding,
  noun: "kernel" | "pool",
): Window | undefined {
  const x = site.input;
  if (x.length !== 3) {
    return site.badInput(
      "E3001",
      `\`${site.layer}\` expects [channels, height, width] per example, got ${fmtShape(x)}`,
      `needs a 3-dimensional input`,
      x.length === 1
        ? "give the input a channel and two spatial dimensions, e.g. `input x: [1, 28, 28]` or `reshape([1, 28, 28])`"
        : x.length === 2
          ? `add a channel dimension first: \`reshape([1, ${x[0]}, ${x[1]}])\``
          : undefined,
    );
  }
  const size: [number, number] = [x[1]!, x[2]!];
  const w = windowOver(size, kernel, stride, padding);
  if (w) return w;
  // Only explicit padding can leave no room: `same` always has at least one window.
  const hw = padding.kind === "explicit" ? padding.hw : [0, 0];
  const padded = `${size[0] + 2 * hw[0]}×${size[1] + 2 * hw[1]}`;
  return site.badInput(
    noun === "kernel" ? "E3003" : "E3004",
    `the ${noun} ${kernel[0]}×${kernel[1]} is larger than the ${hw[0] || hw[1] ? "padded " : ""}input ${padded}`,
    `${noun} does not fit in ${padded}`,
    noun === "kernel"
      ? "use a smaller kernel, pad the input (`padding=same`), or pool less before this layer"
      : "pool less, or earlier",
  );
}

/** The output size and padding of a window over `size` [h, w], or undefined when the window does not fit. */
export function windowOver(
  size: readonly [number, number],
  kernel: readonly [number, number],
  stride: readonly [number, number],
  padding: Padding,
): Window | undefined {
  const pads = ([0, 1] as const).map((i) =>
    padding.kind === "same"
      ? samePads(size[i], kernel[i], stride[i])
      : ([padding.hw[i], padding.hw[i]] as const),
  );
  const h = windowPositions(size[0], kernel[0], stride[0], pads[0]!);
  const w = windowPositions(size[1], kernel[1], stride[1], pads[1]!);
  if (h === undefined || w === undefined) return undefined;
  return { out: [h, w], pads: [pads[0]!, pads[1]!] };
}

/**
 * The attributes of the window ops (compiler/ops/window.ts) for a layer over input `x` of [N, c, h, w], and the
 * output's [h', w'].
 */
export function windowAttrs(
  x: Value,
  kernel: readonly [number, number],
  stride: readonly [number, number],
  padding: Padding,
): { attrs: WindowAttrs; out: [number, number] } {
  const size: [number, number] = [x.type.shape[2] as number, x.type.shape[3] as number];
  const w = windowOver(size, kernel, stride, padding) ?? bug("a window the shape checker let through");
  return {
    attrs: { kernel, stride, pads: [...w.pads[0], ...w.pads[1]] },
    out: [...w.out],
  };
}

/** Kernel, stride and padding must be positive, positive and non-negative. */
export function checkWindowArgs<S extends Sig>(
  site: LayerSite<S>,
  keys: { kernel: keyof S & string; stride: keyof S & string; padding: keyof S & string },
  kernel: readonly [number, number],
  stride: readonly [number, number],
  padding: Padding,
): boolean {
  if (kernel.some((k) => k < 1)) {
    site.badArg(
      keys.kernel,
      `\`${keys.kernel}\` must be at least 1, not ${fmtPair(kernel)}`,
      "must be at least 1",
    );
    return false;
  }
  if (stride.some((s) => s < 1)) {
    site.badArg(keys.stride, `\`stride\` must be at least 1, not ${fmtPair(stride)}`, "must be at least 1");
    return false;
  }
  if (padding.kind === "explicit" && padding.hw.some((p) => p < 0)) {
    site.badArg(keys.padding, `\`padding\` cannot be negative`, "must be 0 or more");
    return false;
  }
  return true;
}

/** `3` for a square window or stride given as one integer, `3×5` otherwise. */
function fmtPair(p: readonly [number, number]): string {
  return p[0] === p[1] ? String(p[0]) : p.join("×");
}

export function windowShape(channels: number, w: Window): Shape {
  return [channels, w.out[0], w.out[1]];
}
