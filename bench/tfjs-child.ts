// One run of W1 or W2 on TensorFlow.js (bench/main.ts starts it in its own process):
// `node dist/bench/tfjs-child.js W1|W2 --backend wasm|cpu [--quick] [--steps N]`. The model of bench/w1.nn or
// bench/w2.nn with tfjs-layers, initialised as PyTorch and nnc do (uniform ±1/sqrt(fan_in), weights and biases),
// SGD (W2: momentum 0.9, TensorFlow's form, which is PyTorch's), batches of 64 in file order. With `--steps N` it
// times N steps after an untimed one and extrapolates to the epoch (no accuracy then). Prints a ChildResult.

import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";
import "@tensorflow/tfjs-backend-cpu";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { arg, emit, fashionMnist, rssMiB } from "./protocol.js";

const workload = process.argv[2];
const backend = arg("--backend") ?? "wasm";
const steps = arg("--steps");
const quick = process.argv.includes("--quick");

/** PyTorch's default initialisation of a layer whose fan-in is `fan`. */
const uniform = (fan: number) =>
  tfl.initializers.randomUniform({ minval: -1 / Math.sqrt(fan), maxval: 1 / Math.sqrt(fan), seed: 0 });
const init = (fan: number) => ({ kernelInitializer: uniform(fan), biasInitializer: uniform(fan) });

function w1(): tfl.Sequential {
  return tfl.sequential({
    layers: [
      tfl.layers.flatten({ inputShape: [28, 28, 1] }),
      tfl.layers.dense({ units: 512, activation: "relu", ...init(784) }),
      tfl.layers.dense({ units: 512, activation: "relu", ...init(512) }),
      tfl.layers.dense({ units: 10, ...init(512) }),
    ],
  });
}

function w2(): tfl.Sequential {
  const conv = (filters: number, fan: number, inputShape?: number[]) =>
    tfl.layers.conv2d({
      filters,
      kernelSize: 5,
      padding: "same",
      activation: "relu",
      ...init(fan),
      ...(inputShape && { inputShape }),
    });
  return tfl.sequential({
    layers: [
      conv(32, 25, [28, 28, 1]),
      tfl.layers.maxPooling2d({ poolSize: 2 }),
      conv(64, 32 * 25),
      tfl.layers.maxPooling2d({ poolSize: 2 }),
      tfl.layers.flatten(),
      tfl.layers.dense({ units: 10, ...init(64 * 7 * 7) }),
    ],
  });
}

if (backend === "wasm") {
  const require = createRequire(import.meta.url);
  setWasmPaths(dirname(require.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm")) + "/");
}
if (!(await tf.setBackend(backend))) throw new Error(`TF.js backend ${backend} did not start`);
await tf.ready();

const data = await fashionMnist(quick);
const x = tf.tensor4d(data.train.x, [data.train.count, 28, 28, 1]);
const y = tf.oneHot(tf.tensor1d(data.train.y as Int32Array, "int32"), 10);
const model = workload === "W1" ? w1() : w2();
const optimizer = workload === "W1" ? tf.train.sgd(1e-3) : tf.train.momentum(0.05, 0.9);
const batches = Math.ceil(data.train.count / 64);

function step(b: number): void {
  tf.tidy(() => {
    const size = Math.min(64, data.train.count - b * 64);
    const xb = tf.slice(x, [b * 64, 0, 0, 0], [size, 28, 28, 1]);
    const yb = tf.slice(y, [b * 64, 0], [size, 10]);
    optimizer.minimize(() =>
      tf.losses.softmaxCrossEntropy(yb, model.apply(xb, { training: true }) as tf.Tensor),
    );
  });
}

function testAccuracy(): number {
  const test = data.test!;
  let correct = 0;
  for (let s = 0; s < test.count; s += 1000) {
    const n = Math.min(1000, test.count - s);
    const hits = tf.tidy(() => {
      const xb = tf.tensor4d(test.x.subarray(s * 784, (s + n) * 784), [n, 28, 28, 1]);
      const predicted = tf.argMax(model.predict(xb) as tf.Tensor, 1);
      return tf.sum(tf.equal(predicted, tf.tensor1d(test.y.subarray(s, s + n) as Int32Array, "int32")));
    });
    correct += hits.dataSync()[0]!;
    hits.dispose();
  }
  return correct / test.count;
}

const note = `${backend} backend, TF.js ${tf.version_core}`;
if (steps !== undefined) {
  const n = Number(steps);
  step(0);
  const t0 = performance.now();
  for (let b = 1; b <= n; b++) step(b);
  await tf.ready();
  const perStep = (performance.now() - t0) / 1000 / n;
  const seconds = perStep * batches;
  emit({
    seconds,
    samplesPerSecond: data.train.count / seconds,
    rssMiB: rssMiB(),
    extrapolated: true,
    note: `${note}; ${n} step${n > 1 ? "s" : ""} timed, extrapolated to ${batches}, no test evaluation`,
  });
} else {
  const t0 = performance.now();
  for (let b = 0; b < batches; b++) step(b);
  const accuracy = testAccuracy();
  const seconds = (performance.now() - t0) / 1000;
  emit({ seconds, samplesPerSecond: data.train.count / seconds, accuracy, rssMiB: rssMiB(), note });
}
