// `nnc plot LOG.jsonl...` (CLI.md): the training curves of `--log` files, several runs overlaid, as SVG, PNG or a
// page of HTML. The charts are the API's (`renderCurvesSvg`); `nnc train --plot` draws the same as it runs.

import { readFileSync } from "node:fs";
import { Command } from "commander";
import {
  curvesHtml,
  parseTrainingLog,
  renderCurvesSvg,
  svgToPng,
  UserError,
  type TrainingRun,
} from "../index.js";
import { figureFormat, writeFigure } from "./figure-output.js";
import type { Io } from "./io.js";

export const CURVE_FORMATS = { ".svg": "svg", ".png": "png", ".html": "html", ".htm": "html" } as const;
export type CurveFormat = (typeof CURVE_FORMATS)[keyof typeof CURVE_FORMATS];

export function addPlotCommand(program: Command, io: Io): void {
  program
    .command("plot")
    .description("training curves (loss and accuracy per epoch) of `nnc train --log` files, runs overlaid")
    .argument("<logs...>", "JSON-lines logs of `nnc train --log`")
    .option("-o, --output <file>", "curves.svg, .png or .html (default: ./curves.svg)")
    .action(async (logs: string[], flags: { output?: string }) => {
      const out = flags.output ?? "curves.svg";
      const format = figureFormat(out, undefined, CURVE_FORMATS, "svg");
      const runs: TrainingRun[] = [];
      for (const log of logs) {
        let text: string;
        try {
          text = readFileSync(log, "utf8");
        } catch (e) {
          throw new UserError(`cannot read \`${log}\`: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
        }
        const found = parseTrainingLog(log, text);
        if (!found.length) throw new UserError(`\`${log}\` holds no epoch of \`nnc train --log\``);
        runs.push(...found);
      }
      writeFigure(out, await renderCurves(runs, format));
      io.stderr(`wrote ${runs.length === 1 ? "1 run" : `${runs.length} runs`} to ${out}\n`);
    });
}

/** The chart in `format`'s bytes (or text). */
export async function renderCurves(
  runs: readonly TrainingRun[],
  format: CurveFormat,
): Promise<Uint8Array | string> {
  const svg = await renderCurvesSvg(runs);
  if (format === "svg") return svg;
  if (format === "html") return curvesHtml(svg, `training curves: ${runs.map((r) => r.name).join(", ")}`);
  return svgToPng(svg);
}
