// The data side of `train()`: the data the `train` block names, loaded relative to the `.nn` file, and the checks
// that it can train the model (its examples fill the input, its targets fit, the training split is not empty).

import type { CheckedModel } from "../compiler/program.js";
import type { TrainSpec } from "../compiler/frontend/model-specs.js";
import { DataError, loadData, type DataSplits, type DataSourceSpec } from "./data/index.js";

/** Reads (or makes, or downloads) the data the `train` block names, relative to the `.nn` file's folder. */
export function loadModelData(
  m: CheckedModel,
  settings: TrainSpec,
  o: {
    readonly baseDir?: string;
    readonly dataDir?: string;
    readonly env?: Readonly<Record<string, string | undefined>>;
  },
): Promise<DataSplits> {
  return loadData(settings.data as DataSourceSpec, {
    baseDir: o.baseDir ?? ".",
    classes: m.target.kind === "class" ? m.target.classes : undefined,
    seed: settings.seed,
    ...(o.dataDir !== undefined && { dataDir: o.dataDir }),
    ...(o.env !== undefined && { env: o.env }),
  });
}

/** LANGUAGE §9.1: an example's values, taken in order, must fill the declared input; labels must fit the target. */
export function checkFits(
  m: CheckedModel,
  d: DataSplits["train"],
  features: number,
  width: number,
  which: string,
): void {
  const size = d.exampleShape.reduce((a, b) => a * b, 1);
  if (size !== features) {
    throw new DataError(
      `the ${which} examples have ${size} values ([${d.exampleShape.join(", ")}]), but input \`${m.input.name}\` takes ${features} ([${m.input.shape.join(", ")}])`,
    );
  }
  const got = d.count === 0 ? width : d.y.length / d.count;
  if (got !== width) {
    throw new DataError(
      `the ${which} targets have ${got} values each, but target \`${m.target.name}\` takes ${width}`,
    );
  }
}
