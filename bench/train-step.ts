// `npm run bench`: training speed of the Fashion-MNIST examples (the MLP, LeNet and the two-convolution CNN; batch
// 64) with random data of the real shape, on the CPU backend and on WebGPU when an adapter is found: milliseconds
// per step, samples per second, and the seconds an epoch of 60,000 would take. `node dist/bench/train-step.js
// lenet.nn` measures one example.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { compile } from "../index.js";
import { CpuBackend } from "../backends/cpu/backend.js";
import { initialise } from "../runtime/init.js";
import { Rng } from "../runtime/rng.js";
import { acquireDevice } from "../backends/webgpu/device.js";
import { WebGpuBackend } from "../backends/webgpu/backend.js";
import type { Backend } from "../runtime/backend.js";
import { runChunk } from "../runtime/loop.js";

const ROOT = join(import.meta.dirname, "..", "..");
const args = process.argv.slice(2);
// `--cpu`: skip WebGPU (SwiftShader's software adapter is slow to measure).
const cpuOnly = args.includes("--cpu");
const files = args.filter((a) => !a.startsWith("--"));
const models = files.length ? files : ["fashion_mnist_mlp.nn", "lenet.nn", "fashion_mnist_cnn.nn"];
const rng = new Rng(0);
const count = 4096;
const x = Float32Array.from({ length: count * 784 }, () => rng.next());
const y = Int32Array.from({ length: count }, () => Math.floor(rng.next() * 10));
const order = rng.permutation(count);
const batches = Array.from({ length: 32 }, (_, s) => ({ start: s * 64, count: 64 }));

/** Milliseconds per step, as the training session takes them: one warm-up chunk, then `chunks` timed chunks of 32. */
async function measure(backend: Backend, chunks: number): Promise<number> {
  backend.setOrder(order);
  const run = async (c: number) => {
    for (let s = 0; s < 32; s += backend.chunk) {
      const part = batches
        .slice(s, s + backend.chunk)
        .map((b, j) => ({ ...b, t: c * 32 + s + j + 1, seed: s + j }));
      await runChunk(backend, part, 0.1);
    }
  };
  await run(0);
  const t0 = performance.now();
  for (let c = 1; c <= chunks; c++) await run(c);
  return (performance.now() - t0) / (32 * chunks);
}

function report(file: string, name: string, ms: number): void {
  console.log(
    `train step, ${file}, batch 64, ${name}: ${ms.toFixed(1)} ms/step, ${(1000 / ms).toFixed(1)} steps/s, ` +
      `${Math.round(64000 / ms)} samples/s, an epoch of 60,000 ≈ ${((ms * 938) / 1000).toFixed(0)} s`,
  );
}

const gpu = cpuOnly ? new Error("--cpu") : await acquireDevice({ env: process.env }).catch((e: Error) => e);
for (const file of models) {
  const path = join(ROOT, "examples", file);
  const m = compile(readFileSync(path, "utf8"), { filename: path }).program!.models[0]!;
  report(
    file,
    "CPU",
    await measure(new CpuBackend(m.programs, { x, y, count }, 64, initialise(m, 0), undefined), 1),
  );
  if (gpu instanceof Error) {
    console.log(`WebGPU: not measured (${gpu.message})`);
    continue;
  }
  const backend = await WebGpuBackend.create(
    gpu.device,
    gpu.software ? "software" : "hardware",
    m.programs,
    { train: { x, y, count } },
    64,
    initialise(m, 0),
    undefined,
  );
  report(file, `WebGPU on ${gpu.description}`, await measure(backend, 1));
}
process.exit(0);
