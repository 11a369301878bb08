// The losses of LANGUAGE §7 on hand-computed values, the accuracy and top-5 counts, and the learning-rate
// schedules of §8 against torch.optim.lr_scheduler's formulas.

import { describe, expect, it } from "vitest";
import { Builder } from "../compiler/ir/builder.js";
import { lowerToCpu } from "../backends/cpu/lower.js";
import { correctCount, perExampleLoss, top5Count } from "../compiler/losses.js";
import type { LossSpec } from "../compiler/frontend/model-specs.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import { learningRate } from "../runtime/schedule.js";

function lossOf(loss: LossSpec, s: number[][], y: number[] | number[][]): number[] {
  const b = new Builder("l");
  const k = s[0]!.length;
  const sv = b.input("s", { dtype: "f32", shape: ["N", k] });
  const real = Array.isArray(y[0]);
  const yv = b.input("y", real ? { dtype: "f32", shape: ["N", k] } : { dtype: "i32", shape: ["N"] });
  b.output("l", perExampleLoss(b, loss, sv, yv));
  const n = s.length;
  const out = new CpuExecutor(lowerToCpu(b.finish()), n).run(
    {
      s: Float32Array.from(s.flat()),
      y: real ? Float32Array.from((y as number[][]).flat()) : Int32Array.from(y as number[]),
    },
    n,
  );
  return Array.from(out["l"]!);
}

describe("losses (LANGUAGE §7)", () => {
  const s = [
    [1, 2, 3],
    [0.5, -1, 0],
  ];

  it("cross_entropy: -log softmax(s)_y", () => {
    const l = lossOf({ kind: "cross_entropy" }, s, [2, 0]);
    const lse = (r: number[]) => Math.log(r.reduce((a, v) => a + Math.exp(v), 0));
    expect(l[0]).toBeCloseTo(lse(s[0]!) - 3, 5);
    expect(l[1]).toBeCloseTo(lse(s[1]!) - 0.5, 5);
  });

  it("hinge: Σ_{j≠y} max(0, s_j - s_y + margin), no division by the class count", () => {
    expect(lossOf({ kind: "hinge", margin: 1 }, s, [0, 1])).toEqual([
      Math.max(0, 2 - 1 + 1) + Math.max(0, 3 - 1 + 1),
      Math.max(0, 0.5 + 1 + 1) + Math.max(0, 0 + 1 + 1),
    ]);
    expect(lossOf({ kind: "hinge", margin: 2 }, [[5, 1, 4]], [0])).toEqual([0 + 1]);
  });

  it("mse: mean over k of (s - t)²", () => {
    const l = lossOf({ kind: "mse" }, s, [
      [1, 1, 1],
      [0, 0, 0],
    ]);
    expect(l[0]).toBeCloseTo((0 + 1 + 4) / 3, 6);
    expect(l[1]).toBeCloseTo((0.25 + 1 + 0) / 3, 6);
  });

  it("binary_cross_entropy on logits, mean over k", () => {
    const t = [
      [1, 0, 1],
      [0, 1, 0.5],
    ];
    const l = lossOf({ kind: "binary_cross_entropy" }, s, t);
    const sig = (x: number) => 1 / (1 + Math.exp(-x));
    t.forEach((row, i) => {
      const want =
        row.reduce(
          (a, tk, k) => a - (tk * Math.log(sig(s[i]![k]!)) + (1 - tk) * Math.log(1 - sig(s[i]![k]!))),
          0,
        ) / 3;
      expect(l[i]).toBeCloseTo(want, 5);
    });
  });
});

describe("accuracy and top-5 counts", () => {
  it("counts the examples whose class is the top score, and among the top five", () => {
    const b = new Builder("m");
    const sv = b.input("s", { dtype: "f32", shape: ["N", 7] });
    const yv = b.input("y", { dtype: "i32", shape: ["N"] });
    b.output("correct", correctCount(b, sv, yv));
    b.output("top5", top5Count(b, sv, yv));
    const scores = [
      [7, 6, 5, 4, 3, 2, 1], // y = 0: first
      [7, 6, 5, 4, 3, 2, 1], // y = 4: fifth
      [7, 6, 5, 4, 3, 2, 1], // y = 5: sixth
    ];
    const out = new CpuExecutor(lowerToCpu(b.finish()), 3).run(
      { s: Float32Array.from(scores.flat()), y: Int32Array.of(0, 4, 5) },
      3,
    );
    expect(out["correct"]![0]).toBe(1);
    expect(out["top5"]![0]).toBe(2);
  });
});

describe("learning-rate schedules (LANGUAGE §8)", () => {
  const at = (lr: Parameters<typeof learningRate>[0], epochs: number) =>
    Array.from({ length: epochs }, (_, e) => learningRate(lr, e, epochs));

  it("step: multiplies by gamma every E epochs (StepLR)", () => {
    const got = at({ kind: "step", lr: 0.1, every: 2, gamma: 0.5 }, 5);
    [0.1, 0.1, 0.05, 0.05, 0.025].forEach((v, i) => expect(got[i]).toBeCloseTo(v, 12));
  });

  it("exponential: multiplies by gamma every epoch (ExponentialLR)", () => {
    const got = at({ kind: "exponential", lr: 0.1, gamma: 0.9 }, 3);
    [0.1, 0.09, 0.081].forEach((v, i) => expect(got[i]).toBeCloseTo(v, 12));
  });

  it("cosine: anneals to 0 over E epochs (CosineAnnealingLR, eta_min 0)", () => {
    const got = at({ kind: "cosine", lr: 0.1, epochs: 4 }, 5);
    [0.1, 0.05 * (1 + Math.SQRT1_2), 0.05, 0.05 * (1 - Math.SQRT1_2), 0].forEach((v, i) =>
      expect(got[i]).toBeCloseTo(v, 12),
    );
  });

  it("a constant rate, and --lr replacing a schedule's starting rate", () => {
    expect(learningRate(0.3, 7, 10)).toBe(0.3);
    expect(learningRate({ kind: "step", lr: 0.1, every: 1, gamma: 0.5 }, 1, 3, 0.4)).toBeCloseTo(0.2, 12);
  });
});
