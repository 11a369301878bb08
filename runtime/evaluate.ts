// `nnc eval` (CLI.md): the metrics of given weights on the test split of the model's data (the training split
// when the source has no test split).

import type { CompiledProgram } from "../compiler/pipeline.js";
import { CpuBackend } from "../backends/cpu/backend.js";
import type { CpuKernelOptions } from "../backends/cpu/kernel-path.js";
import type { DataSplits } from "./data/index.js";
import type { Weights } from "./init.js";
import { summarise, type SplitMetrics } from "./loop.js";
import { pickModel, settingsOf } from "./train.js";
import { loadModelData } from "./train-data.js";

export interface EvaluateOptions extends CpuKernelOptions {
  readonly weights: Weights;
  readonly model?: string;
  readonly data?: DataSplits;
  readonly baseDir?: string;
  readonly dataDir?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface Evaluation {
  readonly split: "test" | "train";
  readonly count: number;
  readonly metrics: SplitMetrics;
}

export async function evaluate(program: CompiledProgram, o: EvaluateOptions): Promise<Evaluation> {
  const m = pickModel(program, o.model);
  const settings = settingsOf(m, {});
  const data = o.data ?? (await loadModelData(m, settings, o));
  const split = data.test ?? data.train;
  const backend = new CpuBackend(m.programs, split, 1, o.weights, undefined, o);
  const r = await backend.evaluate(split);
  return {
    split: data.test ? "test" : "train",
    count: r.count,
    metrics: summarise(r, m.target.kind === "class", settings.metrics.includes("top5")),
  };
}
