// `nnc dream`: gradient ascent on the input of a small trained classifier raises the class's score, the gradient it
// climbs (the autodiff pass asked for d objective / d input) agrees with finite differences, and the PNG decodes.

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../cli/run.js";
import {
  compile,
  dream,
  DREAM_CLASS,
  DREAM_L2,
  saveWeights,
  train,
  type CompiledProgram,
  type Weights,
} from "../index.js";
import { lowerToCpu } from "../backends/cpu/lower.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import { decodePng } from "../runtime/image/png.js";
import { Rng } from "../runtime/rng.js";

const dir = mkdtempSync(join(tmpdir(), "nnc-dream-"));

async function nnc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

function idxFile(dims: number[], values: ArrayLike<number>): Buffer {
  const head = 4 + 4 * dims.length;
  const buf = Buffer.alloc(head + values.length);
  buf[2] = 0x08; // ubyte
  buf[3] = dims.length;
  dims.forEach((d, i) => buf.writeUInt32BE(d, 4 + 4 * i));
  for (let i = 0; i < values.length; i++) buf[head + i] = values[i]!;
  return buf;
}

// Three 8×8 patterns under noise: class 0 lights the top half, 1 the left half, 2 the centre.
const lit = [
  (r: number) => r < 4,
  (_r: number, c: number) => c < 4,
  (r: number, c: number) => r >= 2 && r < 6 && c >= 2 && c < 6,
];
const per = 40;
const rng = new Rng(1);
const labels = Array.from({ length: 3 * per }, (_, i) => i % 3);
const pixels = labels.flatMap((k) =>
  Array.from({ length: 64 }, (_, p) =>
    Math.round(255 * (lit[k]!(p >> 3, p & 7) ? rng.uniform(0.6, 1) : rng.uniform(0, 0.4))),
  ),
);
writeFileSync(join(dir, "images.idx"), idxFile([3 * per, 8, 8], pixels));
writeFileSync(join(dir, "labels.idx"), idxFile([3 * per], labels));

const source = `model Dreamer {
  input  image: [1, 8, 8]
  target label: class(3)
  network {
    flatten
    linear(16)
    relu
    linear(3)
  }
  loss      cross_entropy
  optimizer adam(lr=0.01)
  train {
    data   idx(images="images.idx", labels="labels.idx")
    batch  16
    epochs 10
  }
}
`;
const nnPath = join(dir, "dreamer.nn");
writeFileSync(nnPath, source);
const ckpt = join(dir, "Dreamer.safetensors");

function compiled(text: string): CompiledProgram {
  const r = compile(text, { filename: nnPath });
  expect(r.diagnostics.map((d) => d.render())).toEqual([]);
  return r.program!;
}

let program: CompiledProgram;
let weights: Weights;

beforeAll(async () => {
  program = compiled(source);
  const r = await train(program, { backend: "cpu", baseDir: dir });
  expect(r.test?.accuracy).toBeGreaterThan(0.9);
  weights = r.weights;
  saveWeights(ckpt, program.models[0]!, weights);
});

describe("dream()", () => {
  it("raises each class's score from noise and keeps the image in [0, 1]", () => {
    for (const k of [0, 1, 2]) {
      const r = dream(program, { weights, classIndex: k });
      expect(r.after.score).toBeGreaterThan(r.before.score + 4);
      expect(r.after.probability).toBeGreaterThan(0.99);
      expect(r.trace.length).toBe(201);
      expect(r.image.length).toBe(64);
      expect(r.image.every((v) => v >= 0 && v <= 1)).toBe(true);
    }
  });

  it("is deterministic for a seed", () => {
    const a = dream(program, { weights, classIndex: 1, steps: 20, seed: 7 });
    const b = dream(program, { weights, classIndex: 1, steps: 20, seed: 7 });
    expect(a.image).toEqual(b.image);
  });

  it("rejects a class out of range and a model without classes", () => {
    expect(() => dream(program, { weights, classIndex: 3 })).toThrow(
      "class 3 is out of range: model `Dreamer` has 3 classes, 0 to 2",
    );
    const real = compiled(source.replace("class(3)", "[3]").replace("cross_entropy", "mse"));
    expect(() => dream(real, { weights, classIndex: 0 })).toThrow(/needs `target label: class\(k\)`/);
  });
});

describe("the input gradient", () => {
  it("agrees with central finite differences", () => {
    const m = program.models[0]!;
    const exec = new CpuExecutor(lowerToCpu(m.programs.dream!.func), 1, { float64: true });
    const g = new Rng(3);
    const x = Float64Array.from({ length: 64 }, () => g.uniform(0, 1));
    const inputs = {
      ...Object.fromEntries([...weights].map(([n, w]) => [n, Float64Array.from(w)])),
      image: x,
      [DREAM_CLASS]: Int32Array.of(2),
      [DREAM_L2]: Float64Array.of(0.05),
    };
    const grad = Float64Array.from(exec.run(inputs, 1)[m.programs.dream!.inputGradient]!);
    const objective = () => exec.run(inputs, 1)["objective"]![0]!;
    for (const i of [0, 9, 27, 36, 63]) {
      const h = 1e-6;
      const orig = x[i]!;
      x[i] = orig + h;
      const plus = objective();
      x[i] = orig - h;
      const minus = objective();
      x[i] = orig;
      const numeric = (plus - minus) / (2 * h);
      expect(Math.abs(grad[i]! - numeric)).toBeLessThanOrEqual(1e-6 + 1e-4 * Math.abs(numeric));
    }
  });
});

describe("nnc dream", () => {
  it("prints the score at the start and the end and writes a PNG of the input's size", async () => {
    const png = join(dir, "two.png");
    const r = await nnc("dream", nnPath, "--weights", ckpt, "--class", "2", "-o", png);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(2);
    const score = (l: string) => Number(/score (-?[\d.]+)/.exec(l)![1]);
    expect(lines[0]).toMatch(/^step 0  class 2 score/);
    expect(lines[1]).toMatch(/^step 200  class 2 score/);
    expect(score(lines[1]!)).toBeGreaterThan(score(lines[0]!) + 4);
    expect(r.err).toBe(`wrote 8×8 gray image to ${png}\n`);
    const image = decodePng(readFileSync(png));
    expect([image.width, image.height, image.channels]).toEqual([8, 8, 1]);
  });

  it("exits 1 with one line for a class the model lacks", async () => {
    const r = await nnc("dream", nnPath, "--weights", ckpt, "--class", "3", "-o", join(dir, "x.png"));
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toBe("error: class 3 is out of range: model `Dreamer` has 3 classes, 0 to 2\n");
  });

  it("exits 1 with one line for an input that is no image", async () => {
    const flat = join(dir, "flat.nn");
    writeFileSync(flat, source.replace("[1, 8, 8]", "[6]"));
    const r = await nnc("dream", flat, "--weights", ckpt, "--class", "0");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: an input of shape \[6\] is not an image: [^\n]*\n$/);
  });

  it("exits 2 for a class that is no number", async () => {
    const r = await nnc("dream", nnPath, "--weights", ckpt, "--class", "two");
    expect(r.code).toBe(2);
  });
});
