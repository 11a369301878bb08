// WebGPU on a device. Every op's WGSL kernel against its CPU kernel on the same inputs, forward and backward (the
// differentiated function), at batch sizes that are not multiples of the workgroup size; and every golden program's
// training step: its kernels compile, and it runs to finite outputs. Needs a WebGPU adapter: in CI (which installs
// SwiftShader) a missing one fails loudly; elsewhere these tests are skipped with a message.

import { relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  lowerToCpu,
  lowerToWgsl,
  type Func,
  type StepProgram,
  type TensorType,
  type WgslPlan,
} from "../index.js";
import { differentiate } from "../compiler/autodiff.js";
import { Builder } from "../compiler/ir/builder.js";
import { elementCount } from "../compiler/ir/value.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import { WebGpuExecutor } from "../backends/webgpu/executor.js";
import { Rng } from "../runtime/rng.js";
import { compileCase, goldenCases, GOLDEN_ROOT } from "./golden-cases.js";
import { testDevice } from "./gpu.js";
import { CASES, draw, type Case } from "./op-cases.js";

let device: GPUDevice | undefined;
let software = false;
let why = "";
beforeAll(async () => {
  ({ device, software, why } = await testDevice("WGSL tests"));
});

const BATCHES = [1, 5, 67];
const TARGETS = ["hardware", "software"] as const;
type Target = (typeof TARGETS)[number];

/**
 * `f`'s kernels for both targets on the device (hardware kernels run on SwiftShader too, if slowly). As in training,
 * one executor sized for the largest batch serves every batch size, so each pipeline is compiled once.
 */
async function executors(f: Func): Promise<[Target, WebGpuExecutor][]> {
  const out: [Target, WebGpuExecutor][] = [];
  for (const t of TARGETS)
    out.push([t, await WebGpuExecutor.create(device!, lowerToWgsl(f, t), Math.max(...BATCHES))]);
  return out;
}

/** Runs `f` on the CPU and on each executor with the same inputs; the outputs must agree to float32 rounding. */
async function compare(
  f: Func,
  gpus: readonly [Target, WebGpuExecutor][],
  inputs: Record<string, Float32Array | Int32Array>,
  batch: number,
): Promise<void> {
  const cpu = new CpuExecutor(lowerToCpu(f), batch).run(inputs, batch);
  for (const [target, executor] of gpus) {
    const gpu = await executor.run(inputs, batch);
    for (const o of f.outputs) {
      const a = Array.from(cpu[o.name]!);
      const b = Array.from(gpu[o.name]!);
      expect(b.length, o.name).toBe(a.length);
      a.forEach((x, i) => {
        const tol = 1e-5 + 1e-4 * Math.abs(x);
        const what = `${target} at batch ${batch}: ${o.name}[${i}]: cpu ${x}, wgsl ${b[i]}`;
        expect(Math.abs(b[i]! - x), what).toBeLessThanOrEqual(tol);
      });
    }
  }
}

/** The case's op alone, applied to inputs `x0`, `x1`, …. */
function forwardOf(c: Case): Func {
  const b = new Builder(c.op);
  const xs = c.inputs.map((t, i) => b.input(`x${i}`, t));
  b.output("y", b.checkedOp(c.op, xs, c.attrs ?? {}));
  return b.finish();
}

/** The gradient of Σ y·r with respect to every float input, where the op has one to check. */
function backwardOf(c: Case, y: TensorType): { f: Func; r: TensorType } | undefined {
  const wrt = c.inputs.map((t, i) => (t.dtype === "f32" ? `x${i}` : "")).filter(Boolean);
  if (y.dtype !== "f32" || wrt.length === 0 || c.firstOrderOnly) return undefined;
  const g = new Builder("grad");
  const gx = c.inputs.map((t, i) => g.input(`x${i}`, t));
  const gy = g.checkedOp(c.op, gx, c.attrs ?? {});
  const r = g.input("r", gy.type);
  g.output(
    "loss",
    g.sum(
      g.mul(gy, r),
      gy.type.shape.map((_, i) => i),
    ),
  );
  return { f: differentiate(g.finish(), "loss", wrt).func, r: r.type };
}

describe("WGSL against CPU", () => {
  CASES.forEach((c, n) => {
    const name = `${c.op} ${c.inputs.map((t) => `${t.dtype}[${t.shape}]`).join(", ")}`;
    it(`${name} at batches ${BATCHES.join(", ")}: forward and backward`, async (ctx) => {
      if (!device) return ctx.skip(why);
      const forward = forwardOf(c);
      const backward = backwardOf(c, forward.outputs[0]!.value.type);
      const gpus = [await executors(forward), backward ? await executors(backward.f) : []];
      try {
        for (const batch of BATCHES) {
          const rng = new Rng(2000 + n);
          const next = () => rng.next();
          const inputs = c.inputs.map((t) => draw(t, c.range, next, batch));
          const feed = Object.fromEntries(inputs.map((x, i) => [`x${i}`, x]));
          await compare(forward, gpus[0]!, feed, batch);
          if (!backward) continue;
          await compare(backward.f, gpus[1]!, { ...feed, r: draw(backward.r, "any", next, batch) }, batch);
        }
      } finally {
        for (const [, e] of gpus.flat()) e.destroy();
      }
    });
  });
});

const GOLDEN_BATCH = 2;

// On a software adapter a bigger step builds its pipelines and buffers but is not dispatched: one AlexNet step
// (62 M parameters, about 13 GFLOP at batch 2) takes 20 to 30 s on SwiftShader, more than every other case together.
const SOFTWARE_RUN_LIMIT = 10_000_000;

describe("golden programs on the device", () => {
  // Every case that compiles to a program: each kernel of its training step, for both targets, compiles on the
  // device (getCompilationInfo); and the step runs once at batch 2 on random inputs (pipelines, buffers, every
  // dispatch), its outputs finite and of their declared sizes. A hardware adapter runs both targets. A software
  // adapter runs the kernels train() gives it, "software": the goldens' 140 distinct workgroup-memory matmul tiles
  // take about a second each to build on SwiftShader, and the op cases above run such tiles against the CPU.
  // Dawn's pipeline cache holds only live pipelines, so the executors (their buffers freed) stay referenced until
  // the last case: a kernel that several cases share is built once.
  const built: WebGpuExecutor[] = [];
  for (const file of goldenCases) {
    const { result } = compileCase(file);
    if (!result.ok || !result.program!.models.length) continue;
    const rel = relative(GOLDEN_ROOT, file);
    it(rel, { timeout: 300_000 }, async (ctx) => {
      if (!device) return ctx.skip(why);
      for (const step of result.program!.models.map((m) => m.programs.step)) {
        for (const target of TARGETS) {
          const plan = lowerToWgsl(step.train, target);
          const where = `${rel} ${step.model.name} (${target})`;
          await expectCompiles(plan, where);
          if (software && target === "hardware") continue;
          const executor = await WebGpuExecutor.create(device!, plan, GOLDEN_BATCH);
          built.push(executor);
          try {
            if (!software || step.model.parameterCount <= SOFTWARE_RUN_LIMIT)
              await runOnce(step, executor, where);
          } finally {
            executor.destroy();
          }
        }
      }
    });
  }
});

/** getCompilationInfo for every distinct kernel: no errors. */
async function expectCompiles(plan: WgslPlan, where: string): Promise<void> {
  const seen = new Set<string>();
  for (const k of plan.kernels) {
    if (seen.has(k.code)) continue;
    seen.add(k.code);
    const info = await device!.createShaderModule({ code: k.code, label: k.name }).getCompilationInfo();
    const errors = info.messages
      .filter((m) => m.type === "error")
      .map((m) => `${m.lineNum}:${m.linePos} ${m.message}`);
    expect(errors, `${where}: ${k.name}\n${k.code}`).toEqual([]);
  }
}

/** Runs the training step once on random inputs; every output must be finite and have its declared size. */
async function runOnce(step: StepProgram, executor: WebGpuExecutor, where: string): Promise<void> {
  const rng = new Rng(7);
  const feed = Object.fromEntries(step.train.inputs.map((i) => [i.name, stepInput(step, i, rng)]));
  const out = await executor.run(feed, GOLDEN_BATCH);
  for (const o of step.train.outputs) {
    const v = out[o.name]!;
    expect(v.length, `${where}: ${o.name}`).toBe(elementCount(o.value.type.shape, GOLDEN_BATCH));
    const bad = v.findIndex((x) => !Number.isFinite(x));
    expect(bad, `${where}: ${o.name}[${bad}] is ${v[bad]}`).toBe(-1);
  }
}

/**
 * A value for one input of the training step (StepProgram.train): pixels in [0, 1), valid class labels, small
 * weights, optimizer state at zero as a run starts it (Adam's second moment must not be negative), and the step
 * scalars of a first step (`t` = 1: Adam divides by 1 − βᵗ).
 */
function stepInput(step: StepProgram, input: Func["inputs"][number], rng: Rng): Float32Array | Int32Array {
  const { model } = step;
  const n = elementCount(input.value.type.shape, GOLDEN_BATCH);
  // Past a few thousand values a block of random values repeats: a hardware adapter runs AlexNet's 62 M parameters.
  const uniform = (lo: number, hi: number) => {
    const block = Float32Array.from({ length: Math.min(n, 4096) }, () => rng.uniform(lo, hi));
    const out = new Float32Array(n);
    for (let i = 0; i < n; i += block.length) out.set(block.subarray(0, Math.min(block.length, n - i)), i);
    return out;
  };
  if (input.name === model.input.name) return uniform(0, 1);
  if (input.name === model.target.name) {
    if (model.target.kind === "real") return uniform(0, 1);
    const classes = model.target.classes;
    return Int32Array.from({ length: n }, () => Math.floor(rng.next() * classes));
  }
  if (input.name === "lr") return Float32Array.of(0.01);
  if (input.name === "t") return Float32Array.of(1);
  if (input.name === "seed") return Int32Array.of(1);
  if (step.states.some((s) => s.name === input.name)) return new Float32Array(n);
  if (step.params.some((p) => p.name === input.name)) return uniform(-0.1, 0.1);
  throw new Error(`no value for the training step's input ${input.name}`);
}
