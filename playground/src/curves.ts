// Loss and accuracy per epoch on a canvas: train loss (blue), test loss (dashed), train accuracy (green), each
// scaled to its own range, so the page needs no charting library.

export interface Point {
  readonly trainLoss: number;
  readonly testLoss: number | null;
  readonly trainAccuracy: number | null;
}

export function drawCurves(canvas: HTMLCanvasElement, points: readonly Point[]): void {
  const g = canvas.getContext("2d")!;
  g.clearRect(0, 0, canvas.width, canvas.height);
  const losses = points.flatMap((p) => [p.trainLoss, p.testLoss ?? p.trainLoss]);
  const top = Math.max(...losses, 1e-9);
  const x = (i: number): number => 30 + (i / Math.max(1, points.length - 1)) * (canvas.width - 40);
  const line = (values: (number | null)[], max: number, colour: string, dash: number[]): void => {
    g.strokeStyle = colour;
    g.setLineDash(dash);
    g.beginPath();
    values.forEach((v, i) => {
      if (v === null) return;
      const y = canvas.height - 10 - (v / max) * (canvas.height - 20);
      if (i === 0) g.moveTo(x(i), y);
      else g.lineTo(x(i), y);
    });
    g.stroke();
  };
  line(
    points.map((p) => p.trainLoss),
    top,
    "#1f77b4",
    [],
  );
  line(
    points.map((p) => p.testLoss),
    top,
    "#1f77b4",
    [4, 3],
  );
  line(
    points.map((p) => p.trainAccuracy),
    1,
    "#2ca02c",
    [],
  );
  g.setLineDash([]);
  g.fillStyle = "#333";
  g.fillText(`loss (max ${top.toFixed(3)}) · accuracy`, 30, 12);
}
