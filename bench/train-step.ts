// `npm run bench`: the CPU backend's training speed on examples/fashion_mnist_mlp.nn (batch 64) with random data
// of the real shape: milliseconds per step, samples per second, and the seconds an epoch of 60,000 would take.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { compile } from "../index.js";
import { stepProgram } from "../runtime/train.js";
import { CpuBackend } from "../runtime/cpu/trainer.js";
import { initialise } from "../runtime/init.js";
import { Rng } from "../runtime/rng.js";

const ROOT = join(import.meta.dirname, "..", "..");
const path = join(ROOT, "examples", "fashion_mnist_mlp.nn");
const m = compile(readFileSync(path, "utf8"), { filename: path }).program!.models[0]!;
const step = stepProgram(m);
const rng = new Rng(0);
const count = 4096;
const x = Float32Array.from({ length: count * 784 }, () => rng.next());
const y = Int32Array.from({ length: count }, () => Math.floor(rng.next() * 10));
const backend = new CpuBackend(step, { x, y, count }, 64, initialise(m, 0), undefined);
const order = rng.permutation(count);

const warm = 5;
const steps = 40;
let t0 = 0;
for (let s = 0; s < warm + steps; s++) {
  if (s === warm) t0 = performance.now();
  await backend.steps([order.subarray((s * 64) % (count - 64), ((s * 64) % (count - 64)) + 64)], 0.1, s + 1, [
    s,
  ]);
}
const ms = (performance.now() - t0) / steps;
console.log(
  `train step, fashion_mnist_mlp.nn, batch 64, CPU: ${ms.toFixed(1)} ms/step, ${Math.round(64000 / ms)} samples/s, ` +
    `an epoch of 60,000 ≈ ${((ms * 938) / 1000).toFixed(0)} s`,
);
