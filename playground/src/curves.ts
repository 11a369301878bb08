// Loss and accuracy per epoch on a canvas, for each split the run measures (train; validation when the model holds
// some out; test when the data has a test set): a colour per split, loss solid and accuracy dashed, losses on one
// scale and accuracies on 0..1, so the page needs no charting library. The legend names the lines drawn.

export interface Point {
  readonly trainLoss: number;
  readonly trainAccuracy: number | null;
  readonly valLoss: number | null;
  readonly valAccuracy: number | null;
  readonly testLoss: number | null;
  readonly testAccuracy: number | null;
}

interface Line {
  /** `data-line` of its legend entry, and the text. */
  readonly id: string;
  readonly label: string;
  readonly value: (p: Point) => number | null;
  readonly colour: string;
  readonly accuracy: boolean;
}

const SPLITS = [
  { split: "train", name: "train", colour: "#1f77b4" },
  { split: "val", name: "validation", colour: "#ff7f0e" },
  { split: "test", name: "test", colour: "#9467bd" },
] as const;

export const LINES: readonly Line[] = SPLITS.flatMap(({ split, name, colour }) => [
  {
    id: `${split}-loss`,
    label: `${name} loss`,
    value: (p: Point) => p[`${split}Loss`],
    colour,
    accuracy: false,
  },
  {
    id: `${split}-accuracy`,
    label: `${name} accuracy`,
    value: (p: Point) => p[`${split}Accuracy`],
    colour,
    accuracy: true,
  },
]);

/** Draws the lines with at least one value and returns them, for the legend. */
export function drawCurves(canvas: HTMLCanvasElement, points: readonly Point[]): readonly Line[] {
  const g = canvas.getContext("2d")!;
  g.clearRect(0, 0, canvas.width, canvas.height);
  const present = LINES.filter((l) => points.some((p) => l.value(p) !== null));
  const losses = present
    .filter((l) => !l.accuracy)
    .flatMap((l) => points.map(l.value).filter((v): v is number => v !== null && Number.isFinite(v)));
  const top = Math.max(...losses, 1e-9);
  const x = (i: number): number => 30 + (i / Math.max(1, points.length - 1)) * (canvas.width - 40);
  for (const l of present) {
    const max = l.accuracy ? 1 : top;
    g.strokeStyle = l.colour;
    g.setLineDash(l.accuracy ? [4, 3] : []);
    g.beginPath();
    let started = false;
    points.forEach((p, i) => {
      const v = l.value(p);
      if (v === null) return;
      const y = canvas.height - 10 - (v / max) * (canvas.height - 20);
      if (started) g.lineTo(x(i), y);
      else g.moveTo(x(i), y);
      started = true;
    });
    g.stroke();
  }
  g.setLineDash([]);
  g.fillStyle = "#333";
  g.fillText(`loss (max ${top.toFixed(3)}) solid · accuracy (0–1) dashed`, 30, 12);
  return present;
}

/** The legend: one `<li data-line="train-loss">` per line drawn, its swatch in the line's colour and dash. */
export function renderLegend(list: HTMLElement, lines: readonly Line[]): void {
  list.replaceChildren(
    ...lines.map((l) => {
      const li = document.createElement("li");
      li.dataset["line"] = l.id;
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.borderTop = `2px ${l.accuracy ? "dashed" : "solid"} ${l.colour}`;
      li.append(swatch, l.label);
      return li;
    }),
  );
}
