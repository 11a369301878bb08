// PyTorch parity (issue 3): from the same initial weights and data order, five optimizer steps of nnc give the
// weights torch.optim gives, to 1e-4 relative, for every loss, regularizer and optimizer. The expected numbers were
// computed once with PyTorch (tests/parity/make_expected.py); the test does not need it. Each fixture runs on every
// CPU kernel path present (tests/cpu-paths.ts).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../index.js";
import { train } from "../runtime/train.js";
import { CPU_PATHS } from "./cpu-paths.js";

const DIR = join(import.meta.dirname, "parity");

interface Fixture {
  model: string;
  batch: number;
  steps: number;
  x: number[][];
  y: number[] | number[][];
  init: Record<string, number[]>;
  losses: number[];
  expected: Record<string, number[]>;
}

const cases = readdirSync(DIR).filter((f) => f.endsWith(".json"));

describe("PyTorch parity on the CPU", () => {
  it("has a fixture for every loss and optimizer", () => {
    const text = cases
      .map((c) =>
        readFileSync(join(DIR, (JSON.parse(readFileSync(join(DIR, c), "utf8")) as Fixture).model), "utf8"),
      )
      .join("\n");
    for (const word of [
      "cross_entropy",
      "hinge",
      "mse",
      "binary_cross_entropy",
      "l1(",
      "l2(",
      "regularize=",
      "sgd(",
      "momentum",
      "nesterov",
      "adam(",
      "adamw(",
      "rmsprop(",
    ])
      expect(text, word).toContain(word);
  });

  for (const c of cases) {
    it.each(CPU_PATHS)(`${c.replace(".json", "")}, CPU kernels %s`, async (path) => {
      const f = JSON.parse(readFileSync(join(DIR, c), "utf8")) as Fixture;
      const r = compile(readFileSync(join(DIR, f.model), "utf8"), { filename: f.model });
      expect(r.ok, r.diagnostics.map((d) => d.render()).join("\n")).toBe(true);
      const m = r.program!.models[0]!;
      const classes = m.target.kind === "class";
      const x = Float32Array.from(f.x.flat());
      const y = classes ? Int32Array.from(f.y as number[]) : Float32Array.from((f.y as number[][]).flat());
      const losses: number[] = [];
      const run = await train(r.program!, {
        data: { train: { x, y, count: f.x.length, exampleShape: m.input.shape } },
        init: new Map(Object.entries(f.init).map(([k, v]) => [k, Float32Array.from(v)])),
        batch: f.batch,
        backend: "cpu",
        cpuKernels: path,
        shuffle: false,
        steps: f.steps,
        onStep: (s) => losses.push(s.loss),
      });
      expect(run.position.step).toBe(f.steps);
      losses.forEach((l, i) =>
        expect(Math.abs(l - f.losses[i]!)).toBeLessThanOrEqual(1e-4 * Math.abs(f.losses[i]!) + 1e-6),
      );
      for (const [name, expected] of Object.entries(f.expected)) {
        const got = run.weights.get(name)!;
        expected.forEach((e, i) => {
          const a = got[i]!;
          expect(Math.abs(a - e), `${name}[${i}]: nnc ${a}, PyTorch ${e}`).toBeLessThanOrEqual(
            1e-4 * Math.abs(e) + 1e-6,
          );
        });
      }
    });
  }
});
