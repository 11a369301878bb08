// The convolutional examples train: residual and attention on the real Fashion-MNIST with the loss falling over a
// few hundred steps, AlexNet for one step on a batch of two, and a CIFAR-10 model end to end on small files. LeNet's
// accuracy is measured outside the tests (README, "Examples"): its ten epochs take minutes.

import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../index.js";
import { findNamedSet, loadNamed } from "../runtime/data/named.js";
import type { DataSplits, Dataset } from "../runtime/data/dataset.js";
import { train } from "../runtime/train.js";
import { Rng } from "../runtime/rng.js";

const EXAMPLES = join(import.meta.dirname, "..", "examples");

function example(name: string) {
  const path = join(EXAMPLES, name);
  const r = compile(readFileSync(path, "utf8"), { filename: path });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.program!;
}

/** The first `count` examples of a data set. */
function head(d: Dataset, count: number): Dataset {
  const width = d.x.length / d.count;
  const yWidth = d.y.length / d.count;
  return { ...d, count, x: d.x.subarray(0, count * width), y: d.y.subarray(0, count * yWidth) };
}

const present = findNamedSet("fashion_mnist", { env: process.env }) !== undefined;

describe.runIf(present || !!process.env["CI"])("CNN examples on Fashion-MNIST", () => {
  let data: DataSplits;
  const fashion = async () =>
    (data ??= await loadNamed("fashion_mnist", { env: process.env, download: false }));

  // Mean loss of the first and the last 50 steps of a 250-step run from the example's own settings but a smaller
  // batch (the CPU backend runs these in seconds, not minutes).
  async function lossFalls(file: string, batch: number) {
    const d = await fashion();
    const losses: number[] = [];
    const run = await train(example(file), {
      backend: "cpu",
      batch,
      steps: 250,
      data: { train: d.train, test: head(d.test!, 500) },
      onStep: (m) => losses.push(m.loss),
    });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const first = mean(losses.slice(0, 50));
    const last = mean(losses.slice(-50));
    console.log(
      `${file}: 250 steps of ${batch}, loss ${first.toFixed(3)} → ${last.toFixed(3)}, ` +
        `test accuracy on 500 ${(run.test!.accuracy! * 100).toFixed(1)}%`,
    );
    expect(losses).toHaveLength(250);
    expect(last).toBeLessThan(0.6 * first);
    expect(run.test!.accuracy!).toBeGreaterThan(0.6);
  }

  it("residual.nn trains: the loss falls", { timeout: 600_000 }, () => lossFalls("residual.nn", 16));
  it("attention.nn trains: the loss falls", { timeout: 600_000 }, () => lossFalls("attention.nn", 32));
});

describe("AlexNet", () => {
  it("takes one training step on a batch of two on the CPU", { timeout: 600_000 }, async () => {
    const program = example("alexnet.nn");
    const rng = new Rng(5);
    const examples = 2;
    const x = Float32Array.from({ length: examples * 3 * 227 * 227 }, () => rng.next());
    const set: Dataset = {
      x,
      y: Int32Array.of(3, 998),
      count: examples,
      exampleShape: [3, 227, 227],
      classes: 1000,
    };
    const run = await train(program, { backend: "cpu", batch: 2, steps: 1, data: { train: set, test: set } });
    expect(run.position.step).toBe(1);
    expect(run.weights.size).toBe(16);
    const params = [...run.weights.values()].reduce((a, w) => a + w.length, 0);
    expect(params).toBe(62_378_344);
    expect(Number.isFinite(run.test!.loss)).toBe(true);
    // `metrics accuracy, top5`: two examples, each top-5 either hits or not.
    expect([0, 0.5, 1]).toContain(run.test!.top5);
  });
});

describe("cifar10", () => {
  it("trains a convolutional model from the binary batches", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "nnc-cifar-"));
    const batches = join(dir, "cifar10", "cifar-10-batches-bin");
    mkdirSync(batches, { recursive: true });
    // Class k is a bright k-th tenth of the image on black: learnable in a few steps.
    const record = (label: number) => {
      const r = Buffer.alloc(1 + 3072);
      r[0] = label;
      for (let c = 0; c < 3; c++)
        for (let y = 0; y < 32; y++)
          for (let x = 0; x < 32; x++)
            if (Math.floor((x * 10) / 32) === label) r[1 + c * 1024 + y * 32 + x] = 255;
      return r;
    };
    const file = (labels: number[]) => Buffer.concat(labels.map(record));
    for (let b = 1; b <= 5; b++)
      writeFileSync(join(batches, `data_batch_${b}.bin`), file(Array.from({ length: 20 }, (_, i) => i % 10)));
    writeFileSync(join(batches, "test_batch.bin"), file([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    const source = `model C {
      input x: [3, 32, 32]
      target y: class(10)
      network { conv2d(4, 3, stride=2, padding=same); batchnorm; relu; maxpool(2); flatten; linear(10) }
      loss cross_entropy
      optimizer adam(lr=0.01)
      train { data cifar10; batch 10; epochs 5; metrics accuracy, top5 }
    }`;
    const program = compile(source, { filename: join(dir, "c.nn") }).program!;
    const run = await train(program, { backend: "cpu", dataDir: dir, env: {} });
    expect(run.epochs).toHaveLength(5);
    expect(run.epochs[4]!.trainLoss).toBeLessThan(run.epochs[0]!.trainLoss);
    expect(run.test!.accuracy!).toBeGreaterThanOrEqual(0.8);
    expect(run.test!.top5!).toBe(1);
    expect(run.weights.get("batchnorm1.running_var")!.some((v) => v !== 1)).toBe(true);
  });
});
