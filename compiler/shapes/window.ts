// Sliding-window arithmetic along one axis, shared by the layers' shape rules (conv2d, maxpool, avgpool) and the
// window ops' type rules: how many positions a window takes, and where `same` padding goes. Plain numbers in and
// out; whoever calls says what a window that does not fit means (a diagnostic, or a compiler bug).

/** Padding before and after an axis. */
export type Pads = readonly [before: number, after: number];

/**
 * The positions of a window of `kernel` moved by `stride` over `size` padded by `pads`, as PyTorch rounds them:
 * ⌊(size + before + after - kernel) / stride⌋ + 1. Undefined when the window is larger than the padded axis.
 */
export function windowPositions(
  size: number,
  kernel: number,
  stride: number,
  pads: Pads,
): number | undefined {
  const room = size + pads[0] + pads[1] - kernel;
  return room >= 0 ? Math.floor(room / stride) + 1 : undefined;
}

/**
 * `same` padding as TensorFlow places it: just enough for ⌈size / stride⌉ positions, the odd extra row or column
 * at the end.
 */
export function samePads(size: number, kernel: number, stride: number): Pads {
  const positions = Math.ceil(size / stride);
  const total = Math.max((positions - 1) * stride + kernel - size, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}
