// Stable numerics (issue 11, item 8): softmax, cross-entropy (its logsumexp), binary cross-entropy on logits (its
// log(1 + e^-|s|)), sigmoid and tanh at logits of ±1e4 give finite, correct values and gradients, on the CPU kernels
// and in WGSL (on SwiftShader where there is no GPU; skipped with a message where there is no adapter at all).

import { beforeAll, describe, expect, it } from "vitest";
import { lowerToCpu, lowerToWgsl, type Func } from "../index.js";
import { differentiate } from "../compiler/autodiff.js";
import { Builder } from "../compiler/ir/builder.js";
import type { Value } from "../compiler/ir/value.js";
import { perExampleLoss } from "../compiler/losses.js";
import type { LossSpec } from "../compiler/frontend/model-specs.js";
import { softmax } from "../stdlib/activations.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import { WebGpuExecutor } from "../backends/webgpu/executor.js";
import { testDevice } from "./gpu.js";

const BIG = 1e4;
// Rows of logits: one hot at +1e4, one at -1e4 against +1e4, all zero, a tie at +1e4.
const LOGITS = Float32Array.of(BIG, -BIG, 0, -BIG, BIG, 0, 0, 0, 0, BIG, BIG, -BIG);
const LABELS = Int32Array.of(0, 0, 2, 1);
const TARGETS = Float32Array.of(1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0);
const N = 4;
const K = 3;
const L3 = Math.log(3);
const L2 = Math.log(2);

interface Case {
  readonly name: string;
  readonly f: Func;
  readonly inputs: Record<string, Float32Array | Int32Array>;
  /** Expected outputs, by name. */
  readonly want: Record<string, readonly number[]>;
}

/** `y = body(s)` per element or row, and dL/ds of Σ y·w (w = 1, 2, 3, … so that every element counts). */
function caseOf(
  name: string,
  body: (b: Builder, s: Value, y: Value | undefined) => Value,
  target: "labels" | "probabilities" | "none",
  want: Record<string, readonly number[]>,
): Case {
  const b = new Builder(name);
  const s = b.input("s", { dtype: "f32", shape: ["N", K] });
  const y =
    target === "labels"
      ? b.input("y", { dtype: "i32", shape: ["N"] })
      : target === "probabilities"
        ? b.input("y", { dtype: "f32", shape: ["N", K] })
        : undefined;
  const out = body(b, s, y);
  b.output("out", out);
  const weights = b.input("w", out.type);
  b.output(
    "objective",
    b.sum(
      b.mul(out, weights),
      out.type.shape.map((_, i) => i),
    ),
  );
  const f = differentiate(b.finish(), "objective", ["s"]).func;
  const w = Float32Array.from({ length: out.type.shape.length === 1 ? N : N * K }, () => 1);
  const inputs: Record<string, Float32Array | Int32Array> = { s: LOGITS, w };
  if (target === "labels") inputs["y"] = LABELS;
  if (target === "probabilities") inputs["y"] = TARGETS;
  return { name, f, inputs, want };
}

const loss = (kind: string) => ({ kind }) as unknown as LossSpec;

const CASES: Case[] = [
  caseOf("cross_entropy", (b, s, y) => perExampleLoss(b, loss("cross_entropy"), s, y!), "labels", {
    // -log softmax(s)_y: 0, 2e4, log 3, log 2; the gradient is softmax(s) - onehot(y).
    out: [0, 2 * BIG, L3, L2],
    "d.s": [0, 0, 0, -1, 1, 0, 1 / 3, 1 / 3, -2 / 3, 0.5, -0.5, 0],
  }),
  caseOf(
    "binary_cross_entropy",
    (b, s, y) => perExampleLoss(b, loss("binary_cross_entropy"), s, y!),
    "probabilities",
    {
      // mean_k of max(s, 0) - s·t + log(1 + e^-|s|), in float64; the gradient is (σ(s) - t) / K.
      out: Array.from({ length: N }, (_, n) =>
        [0, 1, 2].reduce((sum, k) => {
          const [x, t] = [LOGITS[n * K + k]!, TARGETS[n * K + k]!];
          return sum + (Math.max(x, 0) - x * t + Math.log1p(Math.exp(-Math.abs(x)))) / K;
        }, 0),
      ),
      "d.s": Array.from(LOGITS, (x, i) => (1 / (1 + Math.exp(-x)) - TARGETS[i]!) / K),
    },
  ),
  caseOf("sigmoid", (b, s) => b.op("sigmoid", [s], {}), "none", {
    out: [1, 0, 0.5, 0, 1, 0.5, 0.5, 0.5, 0.5, 1, 1, 0],
    // σ(1 - σ): 0 at ±1e4, 1/4 at 0.
    "d.s": [0, 0, 0.25, 0, 0, 0.25, 0.25, 0.25, 0.25, 0, 0, 0],
  }),
  caseOf("tanh", (b, s) => b.op("tanh", [s], {}), "none", {
    out: [1, -1, 0, -1, 1, 0, 0, 0, 0, 1, 1, -1],
    "d.s": [0, 0, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0],
  }),
  caseOf(
    "softmax",
    (b, s) => softmax.lower({ b, x: s } as unknown as Parameters<typeof softmax.lower>[0]),
    "none",
    {
      out: [1, 0, 0, 0, 1, 0, 1 / 3, 1 / 3, 1 / 3, 0.5, 0.5, 0],
      // Σ_j w_j·p_j with w = 1 has zero gradient: softmax sums to one.
      "d.s": Array<number>(12).fill(0),
    },
  ),
];

function expectClose(got: ArrayLike<number>, want: readonly number[], what: string): void {
  expect(got.length, what).toBe(want.length);
  want.forEach((x, i) => {
    expect(Number.isFinite(got[i]!), `${what}[${i}] = ${got[i]}`).toBe(true);
    expect(Math.abs(got[i]! - x), `${what}[${i}]: ${got[i]}, want ${x}`).toBeLessThanOrEqual(
      1e-6 + 1e-6 * Math.abs(x),
    );
  });
}

describe("at logits of ±1e4, on the CPU", () => {
  for (const c of CASES) {
    it(`${c.name} is finite and right, and so is its gradient`, () => {
      const out = new CpuExecutor(lowerToCpu(c.f), N).run(c.inputs, N);
      for (const [name, want] of Object.entries(c.want)) expectClose(out[name]!, want, `${c.name} ${name}`);
    });
  }
});

describe("at logits of ±1e4, in WGSL", () => {
  let device: GPUDevice | undefined;
  beforeAll(async () => {
    ({ device } = await testDevice("WGSL numerics tests"));
  });
  for (const c of CASES) {
    for (const target of ["hardware", "software"] as const) {
      it(`${c.name} (${target} kernels) is finite and right, and so is its gradient`, async () => {
        if (!device) return;
        const exec = await WebGpuExecutor.create(device, lowerToWgsl(c.f, target), N);
        const out = await exec.run(c.inputs, N);
        for (const [name, want] of Object.entries(c.want)) expectClose(out[name]!, want, `${c.name} ${name}`);
      });
    }
  }
});
