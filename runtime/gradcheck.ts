// `nnc gradcheck` (CLI.md): the compiled gradients of the objective (loss and regularizers) against central finite
// differences, per parameter tensor, on a small random batch in evaluation mode (so dropout draws nothing).

import type { CompiledModel } from "../compiler/pipeline.js";
import type { Buffer } from "../backends/cpu/kernels/kernel.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import type { CpuKernelOptions } from "../backends/cpu/kernel-path.js";
import { initialise, type Weights } from "./init.js";
import { Rng } from "./rng.js";

/** `cpuKernels`: the float64 products run on the BLAS's dgemm where it has one. */
export interface GradcheckOptions extends CpuKernelOptions {
  readonly batch?: number;
  readonly seed?: number;
  /** Elements checked per tensor (spread over it); default 12. */
  readonly samples?: number;
  readonly weights?: Weights;
  /** |analytic - numeric| ≤ atol + rtol·max(|analytic|, |numeric|); defaults 1e-6 and 1e-4, in float64. */
  readonly rtol?: number;
  readonly atol?: number;
  /** Each row as soon as its tensor is checked: a large model (AlexNet) takes minutes for all of them. */
  readonly onRow?: (row: GradcheckRow, done: number, of: number) => void;
  /** After each element's finite difference (AlexNet's each take seconds). */
  readonly onElement?: (name: string, done: number, of: number) => void;
}

export interface GradcheckRow {
  readonly name: string;
  readonly shape: readonly number[];
  readonly checked: number;
  readonly maxAbsError: number;
  /** Relative to the larger of the two gradients, over the elements checked. */
  readonly maxRelError: number;
  readonly ok: boolean;
}

export function gradcheck(m: CompiledModel, o: GradcheckOptions = {}): GradcheckRow[] {
  const { func: f, gradients } = m.programs.gradient;
  const batch = o.batch ?? 4;
  const rng = new Rng(o.seed ?? 0);
  const features = m.input.shape.reduce((a, b) => a * b, 1);
  const x = Float64Array.from({ length: batch * features }, () => rng.normal());
  const y: Buffer =
    m.target.kind === "class"
      ? Int32Array.from({ length: batch }, () =>
          Math.floor(rng.next() * (m.target as { classes: number }).classes),
        )
      : Float64Array.from({ length: batch * m.target.shape.reduce((a, b) => a * b, 1) }, () =>
          m.loss.kind === "binary_cross_entropy" ? rng.next() : rng.normal(),
        );
  // In float64, as torch.autograd.gradcheck asks: float32 rounding would swamp the differences.
  const weights = new Map(
    [...(o.weights ?? initialise(m, o.seed ?? 0))].map(([k, v]) => [k, Float64Array.from(v)]),
  );
  const exec = new CpuExecutor(m.programs.cpu(f, o), batch, { float64: true });
  const inputs: Record<string, Buffer> = {
    [m.input.name]: x,
    [m.target.name]: y,
    lr: new Float64Array(1),
    t: Float64Array.of(1),
    seed: new Int32Array(1),
    ...Object.fromEntries(weights),
  };
  const analytic = exec.run(inputs, batch);
  const grads = new Map(
    [...gradients].map(([param, output]) => [param, Float64Array.from(analytic[output]!)]),
  );
  const objective = () => exec.run(inputs, batch)["objective"]![0]!;
  const rtol = o.rtol ?? 1e-4;
  const atol = o.atol ?? 1e-6;
  const rows: GradcheckRow[] = [];
  for (const [name, g] of grads) {
    const w = weights.get(name)!;
    const count = Math.min(w.length, o.samples ?? 12);
    let maxAbs = 0;
    let maxRel = 0;
    let ok = true;
    let checked = 0;
    for (let k = 0; k < count; k++) {
      const i = Math.floor((k * w.length) / count);
      const numeric = centralDifference(w, i, objective);
      o.onElement?.(name, k + 1, count);
      if (numeric === undefined) continue; // a kink (relu at 0) inside every interval tried: no derivative to compare
      checked++;
      const a = g[i]!;
      const abs = Math.abs(a - numeric);
      const scale = Math.max(Math.abs(a), Math.abs(numeric));
      maxAbs = Math.max(maxAbs, abs);
      maxRel = Math.max(maxRel, scale > 0 ? abs / scale : 0);
      if (!(abs <= atol + rtol * scale)) ok = false;
    }
    const row = {
      name,
      shape: m.params.find((p) => p.name === name)!.shape,
      checked,
      maxAbsError: maxAbs,
      maxRelError: maxRel,
      ok,
    };
    rows.push(row);
    o.onRow?.(row, rows.length, grads.size);
  }
  return rows;
}

/**
 * (f(w + h) - f(w - h)) / 2h at element i. When the one-sided differences disagree, the interval holds a kink
 * (a relu switching): the step shrinks tenfold, up to three times; then the element is skipped (undefined).
 */
function centralDifference(w: Float64Array, i: number, f: () => number): number | undefined {
  const orig = w[i]!;
  const f0 = f();
  for (let h = 1e-5 * Math.max(1, Math.abs(orig)), tries = 0; tries < 3; h /= 10, tries++) {
    w[i] = orig + h;
    const plus = f();
    w[i] = orig - h;
    const minus = f();
    w[i] = orig;
    const forward = (plus - f0) / h;
    const backward = (f0 - minus) / h;
    // Smooth: the one-sided slopes differ by O(h·f''); at a kink, by the jump in slope.
    if (Math.abs(forward - backward) <= 1e-6 + 1e-3 * Math.max(Math.abs(forward), Math.abs(backward)))
      return (plus - minus) / (2 * h);
  }
  return undefined;
}
