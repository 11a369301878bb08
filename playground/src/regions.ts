// Decision regions of a model of 2-D points, as the lectures draw them: the predicted class over a grid of the
// plane (the worker runs the forward program on it), the training points on top in their class's colour.

/** Cells per side of the grid: 64² forward passes, cheap next to an epoch. */
export const GRID = 64;

export interface Regions {
  /** The plane shown: [xmin, xmax, ymin, ymax], the points' extent with a margin. */
  readonly bounds: readonly [number, number, number, number];
  /** The predicted class of each cell, row by row from the top (largest y) down. */
  readonly cells: Uint8Array;
  /** The training points, (x, y) pairs, and their classes. */
  readonly points: Float32Array;
  readonly labels: Int32Array;
}

/** The plane around `count` points (x, y pairs) and the centres of its GRID² cells, as (x, y) pairs. */
export function planeGrid(
  points: Float32Array,
  count: number,
): { bounds: Regions["bounds"]; x: Float32Array } {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < count; i++) {
    x0 = Math.min(x0, points[2 * i]!);
    x1 = Math.max(x1, points[2 * i]!);
    y0 = Math.min(y0, points[2 * i + 1]!);
    y1 = Math.max(y1, points[2 * i + 1]!);
  }
  const mx = 0.1 * (x1 - x0 || 1);
  const my = 0.1 * (y1 - y0 || 1);
  const bounds = [x0 - mx, x1 + mx, y0 - my, y1 + my] as const;
  const x = new Float32Array(2 * GRID * GRID);
  for (let r = 0; r < GRID; r++) {
    for (let c = 0; c < GRID; c++) {
      const i = r * GRID + c;
      x[2 * i] = bounds[0] + ((c + 0.5) / GRID) * (bounds[1] - bounds[0]);
      x[2 * i + 1] = bounds[3] - ((r + 0.5) / GRID) * (bounds[3] - bounds[2]);
    }
  }
  return { bounds, x };
}

/** Each row's largest score's index. */
export function argmaxRows(scores: Float32Array, classes: number): Uint8Array {
  const out = new Uint8Array(scores.length / classes);
  for (let i = 0; i < out.length; i++) {
    let best = 0;
    for (let k = 1; k < classes; k++) if (scores[i * classes + k]! > scores[i * classes + best]!) best = k;
    out[i] = best;
  }
  return out;
}

const COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"];
const colour = (k: number): string => COLOURS[k % COLOURS.length]!;

export function drawRegions(canvas: HTMLCanvasElement, r: Regions): void {
  const g = canvas.getContext("2d")!;
  const cw = canvas.width / GRID;
  const ch = canvas.height / GRID;
  // The plane in pale tints of the classes, so that each point shows in its class's full colour on top.
  g.globalAlpha = 1;
  g.fillStyle = "#fff";
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.globalAlpha = 0.3;
  for (let i = 0; i < r.cells.length; i++) {
    g.fillStyle = colour(r.cells[i]!);
    g.fillRect((i % GRID) * cw, Math.floor(i / GRID) * ch, Math.ceil(cw), Math.ceil(ch));
  }
  g.globalAlpha = 1;
  const [x0, x1, y0, y1] = r.bounds;
  g.strokeStyle = "#000";
  for (let i = 0; i < r.labels.length; i++) {
    const px = ((r.points[2 * i]! - x0) / (x1 - x0)) * canvas.width;
    const py = ((y1 - r.points[2 * i + 1]!) / (y1 - y0)) * canvas.height;
    g.fillStyle = colour(r.labels[i]!);
    g.beginPath();
    g.arc(px, py, 3, 0, 2 * Math.PI);
    g.fill();
    g.stroke();
  }
}
