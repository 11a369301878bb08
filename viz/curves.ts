// Training runs → their loss and accuracy curves per epoch (`nnc plot`, `nnc train --plot`): a Vega-Lite chart,
// compiled to Vega and drawn by Vega's headless SVG renderer, loss and accuracy side by side, one colour per run
// and one dash per split (train, validation, test), the legend naming both. `.html` is the SVG in a page of its own.

import type { TopLevelSpec } from "vega-lite";
import type { TrainingRun } from "./training-log.js";

const SPLITS = [
  ["train", "train"],
  ["val", "validation"],
  ["test", "test"],
] as const;

interface Row {
  run: string;
  split: string;
  metric: string;
  epoch: number;
  value: number;
}

/** The long-form table the chart draws: one row per run, split, metric and epoch that has a value. */
export function curveRows(runs: readonly TrainingRun[]): Row[] {
  const rows: Row[] = [];
  for (const run of runs)
    for (const e of run.epochs)
      for (const [key, split] of SPLITS)
        for (const metric of ["loss", "accuracy"] as const) {
          const value = e[`${key}_${metric}`];
          if (value !== null) rows.push({ run: run.name, split, metric, epoch: e.epoch, value });
        }
  return rows;
}

export function curvesSpec(runs: readonly TrainingRun[]): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    data: { values: curveRows(runs) },
    config: { font: "DejaVu Sans", background: "white" },
    facet: {
      column: { field: "metric", type: "nominal", sort: ["loss", "accuracy"], title: null },
    },
    spec: {
      width: 320,
      height: 220,
      mark: { type: "line", point: true, strokeWidth: 1.5 },
      encoding: {
        x: { field: "epoch", type: "quantitative", axis: { tickMinStep: 1, format: "d" }, title: "epoch" },
        y: { field: "value", type: "quantitative", scale: { zero: false }, title: null },
        color: { field: "run", type: "nominal", title: "run" },
        strokeDash: { field: "split", type: "nominal", sort: SPLITS.map(([, s]) => s), title: "split" },
      },
    },
    resolve: { scale: { y: "independent" } },
  };
}

/** The chart as an SVG document. */
export async function renderCurvesSvg(runs: readonly TrainingRun[]): Promise<string> {
  // Loaded when first drawn: the other commands should not pay for parsing them at start-up.
  const [{ parse, View }, { compile }] = await Promise.all([import("vega"), import("vega-lite")]);
  const view = new View(parse(compile(curvesSpec(runs)).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A page that shows the chart with nothing to fetch: the SVG inline. */
export function curvesHtml(svg: string, title: string): string {
  const esc = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${esc}</title></head>\n<body>\n${svg}\n</body>\n</html>\n`;
}
