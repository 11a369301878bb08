// `predict()` and `nnc predict`: bilinear resizing against hand-computed values, images converted to the input's
// layout, probabilities sorted and agreeing with the forward scores, PNG and IDX inputs, and one-line errors.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../cli/run.js";
import { compile, predict, readPredictInputs, saveWeights, train, type CompiledProgram } from "../index.js";
import { lowerToCpu } from "../backends/cpu/lower.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import { encodePng, type Image } from "../runtime/image/png.js";
import { resizeBilinear } from "../runtime/image/resize.js";
import { imageToInput } from "../runtime/image/to-input.js";
import { inputImageLayout } from "../runtime/image/layout.js";
import type { Weights } from "../runtime/init.js";

const dir = mkdtempSync(join(tmpdir(), "nnc-predict-"));
const path = (name: string) => join(dir, name);

async function nnc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

function programOf(source: string): CompiledProgram {
  const r = compile(source, { filename: path("model.nn") });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.render()).join("\n"));
  return r.program!;
}

/** An IDX file of unsigned bytes: magic 00 00 08 NN, the sizes big-endian, then the values. */
function idxBytes(dims: readonly number[], values: ArrayLike<number>): Buffer {
  const header = Buffer.alloc(4 + 4 * dims.length);
  header.writeUInt32BE(0x800 + dims.length, 0);
  dims.forEach((d, i) => header.writeUInt32BE(d, 4 + 4 * i));
  return Buffer.concat([header, Buffer.from(Uint8Array.from(values))]);
}

const close = (xs: ArrayLike<number>, ys: readonly number[]) =>
  ys.forEach((y, i) => expect(xs[i]).toBeCloseTo(y, 4));

describe("bilinear resizing", () => {
  it("enlarges with half-pixel centres and clamped edges", () => {
    close(resizeBilinear(Float32Array.of(0, 1), 1, 2, 1, 4), [0, 0.25, 0.75, 1]);
    // rows 0 and 3 copy the source rows' enlargement; rows 1 and 2 sit 1/4 and 3/4 of the way between them
    close(
      resizeBilinear(Float32Array.of(0, 10, 20, 30), 2, 2, 4, 4),
      [0, 2.5, 7.5, 10, 5, 7.5, 12.5, 15, 15, 17.5, 22.5, 25, 20, 22.5, 27.5, 30],
    );
  });

  it("shrinks by averaging neighbours, and with antialiasing by a triangle twice as wide", () => {
    const row = Float32Array.of(0, 4, 8, 16);
    close(resizeBilinear(row, 1, 4, 1, 2, { antialias: false }), [2, 12]);
    // output 0 is centred at 1.0 and weighs pixel centres 0.5, 1.5, 2.5 by 1 - |d|/2: 0.75, 0.75, 0.25
    close(resizeBilinear(row, 1, 4, 1, 2), [
      (0.75 * 4 + 0.25 * 8) / 1.75,
      (0.25 * 4 + 0.75 * 8 + 0.75 * 16) / 1.75,
    ]);
  });

  it("leaves an image of the right size as it is", () => {
    close(resizeBilinear(Float32Array.of(1, 2, 3, 4, 5, 6), 2, 3, 2, 3), [1, 2, 3, 4, 5, 6]);
  });
});

describe("images as inputs", () => {
  it("reads image shapes from input shapes: [c, h, w], [h, w], flat gray and flat RGB squares", () => {
    expect(inputImageLayout([3, 32, 32])).toEqual({ channels: 3, height: 32, width: 32 });
    expect(inputImageLayout([28, 28])).toEqual({ channels: 1, height: 28, width: 28 });
    expect(inputImageLayout([784])).toEqual({ channels: 1, height: 28, width: 28 });
    expect(inputImageLayout([3072])).toEqual({ channels: 3, height: 32, width: 32 });
    expect(inputImageLayout([2])).toBeUndefined();
    expect(inputImageLayout([2, 4, 4])).toBeUndefined();
  });

  it("makes gray with PIL's luminance, replicates gray into RGB, and scales bytes by 1/255", () => {
    const rgb: Image = { width: 1, height: 1, channels: 3, data: Uint8Array.of(100, 200, 50) };
    close(imageToInput(rgb, { channels: 1, height: 1, width: 1 }), [
      (100 * 0.299 + 200 * 0.587 + 50 * 0.114) / 255,
    ]);
    const gray: Image = { width: 1, height: 1, channels: 1, data: Uint8Array.of(51) };
    close(imageToInput(gray, { channels: 3, height: 1, width: 1 }), [0.2, 0.2, 0.2]);
  });

  it("lays RGB out channel by channel", () => {
    const rgb: Image = { width: 2, height: 1, channels: 3, data: Uint8Array.of(255, 0, 51, 0, 255, 102) };
    close(imageToInput(rgb, { channels: 3, height: 1, width: 2 }), [1, 0, 0, 1, 0.2, 0.4]);
  });
});

// Class c's 4×4 images are bright in row c: a linear model learns that in a few epochs.
const TINY = `model Tiny {
  input  x: [1, 4, 4]
  target y: class(3)
  network { flatten; linear(3) }
  loss cross_entropy
  optimizer sgd(lr=0.5)
  train { data idx(images="images.idx", labels="labels.idx"); batch 10; epochs 5 }
}`;

function tinyImage(c: number, noise: number): number[] {
  return Array.from({ length: 16 }, (_, i) => (Math.floor(i / 4) === c ? 200 : 20) + ((i * 7 + noise) % 30));
}

describe("predict", () => {
  let program: CompiledProgram;
  let weights: Weights;
  const model = path("tiny.nn");
  const ckpt = path("tiny.safetensors");

  beforeAll(async () => {
    const images = Array.from({ length: 30 }, (_, i) => tinyImage(i % 3, i)).flat();
    writeFileSync(path("images.idx"), idxBytes([30, 4, 4], images));
    writeFileSync(
      path("labels.idx"),
      idxBytes(
        [30],
        Array.from({ length: 30 }, (_, i) => i % 3),
      ),
    );
    writeFileSync(model, TINY);
    program = programOf(TINY);
    weights = (await train(program, { backend: "cpu", baseDir: dir })).weights;
    saveWeights(ckpt, program.models[0]!, weights);
    writeFileSync(
      path("row1.png"),
      encodePng({ width: 4, height: 4, channels: 1, data: Uint8Array.from(tinyImage(1, 0)) }),
    );
    // an 8×8 gray image and a 6×5 RGB one, bright in the third quarter of their height (row 2 of 4)
    const big = Array.from({ length: 64 }, (_, i) => (Math.floor(i / 16) === 2 ? 230 : 10));
    writeFileSync(
      path("row2-8x8.png"),
      encodePng({ width: 8, height: 8, channels: 1, data: Uint8Array.from(big) }),
    );
    const rgb = Array.from({ length: 6 * 5 }, (_, p) =>
      Math.floor(p / 6) === 0 ? [250, 180, 120] : [0, 30, 10],
    ).flat();
    writeFileSync(
      path("row0-6x5.png"),
      encodePng({ width: 6, height: 5, channels: 3, data: Uint8Array.from(rgb) }),
    );
    writeFileSync(path("images.idx.gz"), gzipSync(idxBytes([30, 4, 4], images)));
  });

  it("gives sorted probabilities whose top class is the argmax of the forward scores", () => {
    const examples = Float32Array.from(
      Array.from({ length: 9 }, (_, i) => tinyImage(i % 3, i + 3)).flat(),
      (v) => v / 255,
    );
    const got = predict(program, { weights, inputs: [{ label: "x", examples, shape: [9, 1, 4, 4] }] });
    expect(got.map((p) => p.label)).toEqual(Array.from({ length: 9 }, (_, i) => `x[${i}]`));
    const m = program.models[0]!;
    const inputs = Object.fromEntries([...weights, ["x", examples]]);
    const scores = new CpuExecutor(lowerToCpu(m.programs.forward), 9).run(inputs, 9)["scores"]!;
    got.forEach((p, i) => {
      expect(p.top).toHaveLength(3); // top 5, but only 3 classes
      const probs = p.top.map((r) => r.probability);
      expect(probs.reduce((a, b) => a + b)).toBeLessThanOrEqual(1 + 1e-9);
      expect([...probs].sort((a, b) => b - a)).toEqual(probs);
      const row = [...scores.subarray(3 * i, 3 * i + 3)];
      expect(p.top[0]!.class).toBe(row.indexOf(Math.max(...row)));
      expect(p.top[0]!.class).toBe(i % 3); // and it learnt the rows
      expect(p.top[0]!.name).toBeUndefined();
    });
    expect(
      predict(program, { weights, inputs: [{ label: "x", examples, shape: [9, 16] }], top: 1 })[0]!.top,
    ).toHaveLength(1);
  });

  // The same to float32 rounding, not bit for bit: a BLAS may block a product of 256 rows differently from one of 1.
  it("gives the same answers for many examples, run in chunks, as for each alone", () => {
    const count = 600;
    const examples = Float32Array.from(
      Array.from({ length: count }, (_, i) => tinyImage(i % 3, i)).flat(),
      (v) => v / 255,
    );
    const many = predict(program, { weights, inputs: [{ label: "x", examples, shape: [count, 16] }] });
    expect(many).toHaveLength(count);
    for (const i of [0, 255, 256, 599]) {
      const one = examples.slice(16 * i, 16 * (i + 1));
      const alone = predict(program, { weights, inputs: [{ label: "x", examples: one, shape: [1, 16] }] });
      expect(many[i]!.top.map((t) => t.class)).toEqual(alone[0]!.top.map((t) => t.class));
      many[i]!.top.forEach((t, k) => expect(t.probability).toBeCloseTo(alone[0]!.top[k]!.probability, 6));
    }
  });

  it("reads a PNG of the input's size as the same pixels / 255, and IDX bytes / 255 up to the limit", () => {
    const [png, idx] = readPredictInputs([path("row1.png"), path("images.idx")], { limit: 2 });
    const values = Float32Array.from(tinyImage(1, 0), (v) => v / 255);
    const fromValues = predict(program, {
      weights,
      inputs: [{ label: "v", examples: values, shape: [1, 16] }],
    });
    expect(predict(program, { weights, inputs: [png!] })[0]!.top).toEqual(fromValues[0]!.top);
    expect(idx).toMatchObject({ shape: [2, 4, 4] });
    const examples = (idx as { examples: Float32Array }).examples;
    close(
      examples,
      [...tinyImage(0, 0), ...tinyImage(1, 1)].map((v) => v / 255),
    );
  });

  it("prints a block per image, gray and RGB images of other sizes resized", async () => {
    const r = await nnc("predict", model, "--weights", ckpt, path("row2-8x8.png"), path("row0-6x5.png"));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const blocks = r.out.split("\n\n");
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(
      new RegExp(`^${path("row2-8x8.png")}\n  1\\. class 2  +\\d+\\.\\d%\n  2\\. class \\d`),
    );
    expect(blocks[1]).toMatch(/\n  1\. class 0 /);
    expect(blocks[1]!.trimEnd().split("\n")).toHaveLength(4);
  });

  it("predicts the examples of an IDX file, gzipped or not, as many as --limit says", async () => {
    const r = await nnc(
      "predict",
      model,
      "--weights",
      ckpt,
      path("images.idx.gz"),
      "--limit",
      "4",
      "--top",
      "2",
    );
    expect(r.code).toBe(0);
    const heads = r.out.split("\n").filter((l) => !l.startsWith(" ") && l !== "");
    expect(heads).toEqual([0, 1, 2, 3].map((i) => `${path("images.idx.gz")}[${i}]`));
    expect(r.out.match(/class/g)).toHaveLength(8);
    const all = await nnc("predict", model, "--weights", ckpt, path("images.idx"), "--json");
    const lines = all.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(10); // the default --limit
    expect(lines[4]).toMatchObject({
      input: `${path("images.idx")}[4]`,
      top: [{ class: 1, name: null }, {}, {}],
    });
  });

  it("names the classes of a named data set", async () => {
    const source = `model F {
      input image: [1, 28, 28]
      target label: class(10)
      network { flatten; linear(10) }
      loss cross_entropy
      optimizer sgd(lr=0.1)
      train { data fashion_mnist }
    }`;
    const file = path("fashion.nn");
    writeFileSync(file, source);
    const m = programOf(source).models[0]!;
    const w: Weights = new Map([
      ["linear1.weight", new Float32Array(7840)],
      ["linear1.bias", Float32Array.from({ length: 10 }, (_, i) => (i === 9 ? 3 : i === 7 ? 2 : 0))],
    ]);
    saveWeights(path("fashion.safetensors"), m, w);
    const r = await nnc(
      "predict",
      file,
      "--weights",
      path("fashion.safetensors"),
      path("row1.png"),
      "--top",
      "3",
    );
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `${path("row1.png")}\n` +
        "  1. class 9  Ankle boot   56.6%\n" +
        "  2. class 7  Sneaker      20.8%\n" +
        "  3. class 0  T-shirt/top   2.8%\n",
    );
  });

  describe("errors: one line, exit 1, no stack", () => {
    const fails = async (argv: string[], message: string | RegExp) => {
      const r = await nnc("predict", ...argv);
      expect(r.code).toBe(1);
      expect(r.out).toBe("");
      expect(r.err).toMatch(/^error: [^\n]*\n$/);
      expect(r.err).toMatch(message);
    };

    it("for input files that are missing, not images, or of the wrong size", async () => {
      writeFileSync(path("notes.png"), "hello");
      writeFileSync(path("notes.txt"), "hello");
      writeFileSync(path("empty.idx"), "");
      writeFileSync(
        path("broken.png"),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
      );
      writeFileSync(path("wide.idx"), idxBytes([2, 5, 5], new Uint8Array(50)));
      await fails([model, "--weights", ckpt, path("nope.png")], "nope.png: file not found");
      await fails([model, "--weights", ckpt, path("notes.png")], "notes.png: not a PNG file");
      await fails(
        [model, "--weights", ckpt, path("notes.txt")],
        "notes.txt: neither a PNG image nor an IDX file",
      );
      await fails([model, "--weights", ckpt, path("empty.idx")], "empty.idx: the file is empty");
      await fails([model, "--weights", ckpt, path("broken.png")], "broken.png: not a readable PNG file");
      await fails(
        [model, "--weights", ckpt, path("wide.idx")],
        "wide.idx: examples of shape [5, 5] (25 values) do not fit the input `x: [1, 4, 4]` (16 values)",
      );
    });

    it("for a bad checkpoint, a model that takes no images, and one without classes", async () => {
      writeFileSync(path("garbage.safetensors"), "not a checkpoint at all");
      await fails([model, "--weights", path("garbage.safetensors"), path("row1.png")], "garbage.safetensors");
      await fails([model, "--weights", path("nope.safetensors"), path("row1.png")], "nope.safetensors");

      const points = `model P {
        input p: [2]
        target c: class(3)
        network { linear(3) }
        loss cross_entropy
        optimizer sgd(lr=0.1)
      }`;
      writeFileSync(path("points.nn"), points);
      saveWeights(
        path("points.safetensors"),
        programOf(points).models[0]!,
        new Map([
          ["linear1.weight", new Float32Array(6)],
          ["linear1.bias", new Float32Array(3)],
        ]),
      );
      await fails(
        [path("points.nn"), "--weights", path("points.safetensors"), path("row1.png")],
        "row1.png: the model's input `p: [2]` is not an image",
      );

      const regression = points.replace("class(3)", "[3]").replace("cross_entropy", "mse");
      writeFileSync(path("regression.nn"), regression);
      await fails(
        [path("regression.nn"), "--weights", path("points.safetensors"), path("row1.png")],
        "model `P` predicts real values (target `c`), not classes",
      );
    });
  });
});
