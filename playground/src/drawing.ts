// The drawing pad of an image model: white strokes on black (as MNIST and Fashion-MNIST draw their images), shrunk
// to the model's input (shrink.ts) for the worker to predict its top 5.

import { shrinkToInput } from "./shrink.js";

/** Wires the pad: strokes with a mouse, pen or finger; `changed` after each stroke and after Clear. */
export function drawingPad(canvas: HTMLCanvasElement, clear: HTMLElement, changed: () => void): void {
  const g = canvas.getContext("2d", { willReadFrequently: true })!;
  const blank = (): void => {
    g.fillStyle = "#000";
    g.fillRect(0, 0, canvas.width, canvas.height);
  };
  blank();
  let last: [number, number] | undefined;
  const at = (e: PointerEvent): [number, number] => {
    const r = canvas.getBoundingClientRect();
    return [
      ((e.clientX - r.left) * canvas.width) / r.width,
      ((e.clientY - r.top) * canvas.height) / r.height,
    ];
  };
  canvas.style.touchAction = "none";
  canvas.addEventListener("pointerdown", (e) => {
    canvas.setPointerCapture(e.pointerId);
    last = at(e);
  });
  canvas.addEventListener("pointermove", (e) => {
    if (!last) return;
    const p = at(e);
    g.strokeStyle = "#fff";
    g.lineWidth = canvas.width / 14;
    g.lineCap = "round";
    g.beginPath();
    g.moveTo(...last);
    g.lineTo(...p);
    g.stroke();
    last = p;
  });
  const end = (): void => {
    if (!last) return;
    last = undefined;
    changed();
  };
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);
  clear.addEventListener("click", () => {
    blank();
    changed();
  });
}

/** The drawing as the model's input values. */
export function drawingInput(canvas: HTMLCanvasElement, h: number, w: number): Float32Array {
  const g = canvas.getContext("2d", { willReadFrequently: true })!;
  const { data } = g.getImageData(0, 0, canvas.width, canvas.height);
  return shrinkToInput(data, canvas.width, canvas.height, h, w);
}
