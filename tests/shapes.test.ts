// The shape arithmetic that the front end and the ops' type rules share (compiler/shapes/), and the initialisation
// rules that standard layers declare for their parameters (the numbers are drawn in runtime/init.ts).

import { describe, expect, it } from "vitest";
import { compile } from "../index.js";
import { broadcast } from "../compiler/shapes/broadcast.js";
import { samePads, windowPositions } from "../compiler/shapes/window.js";
import { initialise } from "../runtime/init.js";

describe("broadcast", () => {
  it("aligns from the right and stretches ones", () => {
    expect(broadcast([4, 1, 3], [5, 1])).toEqual({ ok: true, shape: [4, 5, 3] });
    expect(broadcast([], [2, 3])).toEqual({ ok: true, shape: [2, 3] });
  });

  it("says which dimensions differ, counted from the right", () => {
    expect(broadcast([2, 3, 4], [5, 4])).toEqual({ ok: false, axis: 2, a: 3, b: 5 });
  });

  it("lets N meet only N or 1", () => {
    expect(broadcast(["N", 3], [1, 3])).toEqual({ ok: true, shape: ["N", 3] });
    expect(broadcast(["N", 3], [3])).toEqual({ ok: true, shape: ["N", 3] });
    expect(broadcast(["N", 3], [2, 3])).toEqual({ ok: false, axis: 2, a: "N", b: 2 });
  });
});

describe("windows", () => {
  it("counts positions as PyTorch rounds them", () => {
    expect(windowPositions(28, 5, 1, [0, 0])).toBe(24);
    expect(windowPositions(7, 2, 2, [0, 0])).toBe(3);
    expect(windowPositions(227, 11, 4, [0, 0])).toBe(55);
    expect(windowPositions(5, 3, 2, [1, 1])).toBe(3);
  });

  it("has no position for a window larger than the padded axis", () => {
    expect(windowPositions(2, 3, 1, [0, 0])).toBeUndefined();
    expect(windowPositions(2, 3, 1, [0, 1])).toBe(1);
  });

  it("places `same` padding as TensorFlow: the odd one at the end", () => {
    expect(samePads(28, 3, 1)).toEqual([1, 1]);
    expect(samePads(6, 3, 2)).toEqual([0, 1]);
    expect(samePads(5, 1, 2)).toEqual([0, 0]);
    for (const [n, k, s] of [
      [28, 3, 1],
      [6, 3, 2],
      [7, 4, 3],
      [5, 1, 2],
    ] as const)
      expect(windowPositions(n, k, s, samePads(n, k, s))).toBe(Math.ceil(n / s));
  });
});

describe("initialisation rules", () => {
  const source = `
model M {
  input x: [3, 8, 8]
  target y: class(4)
  network {
    conv2d(5, 3, init=he_normal)
    batchnorm
    flatten
    linear(4, init=zeros)
    linear(4)
  }
  loss cross_entropy
  optimizer sgd(lr=0.1)
}`;
  const m = compile(source).program!.models[0]!;
  const init = (name: string) => m.params.find((p) => p.name === name)!.init;

  it("are declared by each layer, from its own fan-in", () => {
    expect(init("conv2d1.weight")).toEqual({ kind: "normal", std: Math.sqrt(2 / 27) });
    expect(init("conv2d1.bias")).toEqual({ kind: "uniform", bound: 1 / Math.sqrt(27) });
    expect(init("batchnorm1.weight")).toEqual({ kind: "constant", value: 1 });
    expect(init("batchnorm1.running_mean")).toEqual({ kind: "constant", value: 0 });
    expect(init("linear1.weight")).toEqual({ kind: "constant", value: 0 });
    expect(init("linear2.weight")).toEqual({ kind: "uniform", bound: 1 / 2 });
  });

  it("are what the weights are drawn from", () => {
    const w = initialise(m, 1);
    expect([...w.get("batchnorm1.running_var")!]).toEqual([1, 1, 1, 1, 1]);
    expect(w.get("linear1.weight")!.every((v) => v === 0)).toBe(true);
    expect(w.get("linear2.weight")!.every((v) => Math.abs(v) <= 0.5)).toBe(true);
  });
});
