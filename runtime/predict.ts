// The public `predict()` (CLI.md, `nnc predict`): a class model, its weights and some examples (images of any size,
// or values already in the input's layout) in; per example the most probable classes, with softmax
// probabilities, out. It runs the model's forward program on the CPU.

import type { CheckedModel } from "../compiler/program.js";
import type { CompiledProgram } from "../compiler/pipeline.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import type { CpuKernelOptions } from "../backends/cpu/kernel-path.js";
import { NAMED_SETS, isNamedSet } from "./data/named-sets.js";
import type { Image } from "./image/png.js";
import { imageToInput } from "./image/to-input.js";
import { inputImageLayout } from "./image/layout.js";
import type { Weights } from "./init.js";
import { pickModel } from "./train.js";
import { UserError } from "./user-error.js";
import { paramInputs, softmax } from "./scores.js";

export { paramInputs, softmax };

/** What to classify; `label` names it in the result. */
export type PredictInput =
  /** An 8-bit gray or RGB image of any size: converted to the input's channels and size, pixels / 255. */
  | { readonly label: string; readonly image: Image }
  /** Examples already in the input's layout: `shape` is [n, ...one example]; results are labelled `label[i]`. */
  | { readonly label: string; readonly examples: Float32Array; readonly shape: readonly number[] };

export interface PredictOptions extends CpuKernelOptions {
  readonly weights: Weights;
  /** Which model of a file that holds several. */
  readonly model?: string;
  readonly inputs: readonly PredictInput[];
  /** Classes per example; default 5, at most the model's class count. */
  readonly top?: number;
}

export interface ClassProbability {
  /** The class index, 0 ≤ class < classes. */
  readonly class: number;
  /** The class's name where the model trains on a named data set (fashion_mnist, mnist, cifar10). */
  readonly name: string | undefined;
  /** softmax(scores)[class]. */
  readonly probability: number;
}

export interface Prediction {
  readonly label: string;
  /** The most probable classes, most probable first. */
  readonly top: readonly ClassProbability[];
}

/** The examples per forward run: bounds the executor's memory for a large IDX file. */
const CHUNK = 256;

/** Each example's `top` classes by softmax probability, in the order of the inputs (and of an input's examples). */
export function predict(program: CompiledProgram, o: PredictOptions): Prediction[] {
  const m = pickModel(program, o.model);
  if (m.target.kind !== "class") {
    throw new UserError(
      `model \`${m.name}\` predicts real values (target \`${m.target.name}\`), not classes: predict needs a \`class(K)\` target`,
    );
  }
  const classes = m.target.classes;
  const k = Math.min(o.top ?? 5, classes);
  const features = m.input.shape.reduce((a, b) => a * b, 1);
  const params = paramInputs(m, o.weights);
  const { labels, x } = gather(m, features, o.inputs);
  if (labels.length === 0) return [];
  const names = classNames(m, classes);
  const executor = new CpuExecutor(m.programs.cpu(m.programs.forward, o), Math.min(CHUNK, labels.length));
  const out: Prediction[] = [];
  for (let start = 0; start < labels.length; start += CHUNK) {
    const n = Math.min(CHUNK, labels.length - start);
    const batch = x.subarray(start * features, (start + n) * features);
    const scores = executor.run({ ...params, [m.input.name]: batch }, n)["scores"]!;
    for (let i = 0; i < n; i++) {
      const probs = softmax(scores.subarray(i * classes, (i + 1) * classes));
      const order = [...probs.keys()].sort((a, b) => probs[b]! - probs[a]! || a - b).slice(0, k);
      out.push({
        label: labels[start + i]!,
        top: order.map((c) => ({ class: c, name: names?.[c], probability: probs[c]! })),
      });
    }
  }
  return out;
}

/** The examples as one batch in the input's layout, with a label each. */
function gather(
  m: CheckedModel,
  features: number,
  inputs: readonly PredictInput[],
): { labels: string[]; x: Float32Array } {
  const shape = m.input.shape;
  const declared = `\`${m.input.name}: [${shape.join(", ")}]\``;
  const labels: string[] = [];
  const parts: Float32Array[] = [];
  for (const input of inputs) {
    if ("image" in input) {
      const layout = inputImageLayout(shape);
      if (!layout) {
        throw new UserError(
          `${input.label}: the model's input ${declared} is not an image: images fit [c, h, w] (c 1 or 3), ` +
            `[h, w], or a flat [h·h] or [3·h·h]; give its values as an IDX file instead`,
        );
      }
      labels.push(input.label);
      parts.push(imageToInput(input.image, layout));
      continue;
    }
    const [n = 0, ...example] = input.shape;
    const size = example.reduce((a, b) => a * b, 1);
    if (size !== features || input.examples.length !== n * size) {
      throw new UserError(
        `${input.label}: examples of shape [${example.join(", ")}] (${values(size)}) do not fit the input ` +
          `${declared} (${values(features)})`,
      );
    }
    for (let i = 0; i < n; i++) labels.push(`${input.label}[${i}]`);
    parts.push(input.examples);
  }
  const x = new Float32Array(labels.length * features);
  let at = 0;
  for (const p of parts) {
    x.set(p, at);
    at += p.length;
  }
  return { labels, x };
}

const values = (n: number): string => `${n} value${n === 1 ? "" : "s"}`;

/** The names of a named data set's classes, when the model trains on one with as many classes. */
function classNames(m: CheckedModel, classes: number): readonly string[] | undefined {
  const source = m.train?.data.kind;
  if (source === undefined || !isNamedSet(source)) return undefined;
  const names = NAMED_SETS[source].classNames;
  return names.length === classes ? names : undefined;
}
