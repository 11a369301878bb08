// `node dist/bench/gemm.js`: the float32 WebAssembly GEMM alone, in GFLOP/s, on the MLP's and the CNNs' shapes.

import { performance } from "node:perf_hooks";
import { simdGemm } from "../backends/cpu/kernels/gemm-simd.js";

const shapes: [number, number, number, boolean, boolean][] = [
  [64, 128, 784, false, false],
  [784, 128, 64, true, false],
  [64, 784, 128, false, true],
  [64, 10, 128, false, false],
  [128, 10, 64, true, false],
  [64, 128, 10, false, true],
  [64 * 196, 32, 144, false, false],
  // fashion_mnist_cnn.nn's: the two convolutions forward (im2col rows against the kernels) and backward.
  [64 * 576, 32, 25, false, true],
  [64 * 64, 64, 800, false, true],
  [64 * 64, 800, 64, false, false],
  [64, 800, 64 * 64, true, false],
  [32, 25, 64 * 576, true, false],
];
for (const [m, n, k, ta, tb] of shapes) {
  const a = Float32Array.from({ length: m * k }, (_, i) => (i % 7) - 3);
  const b = Float32Array.from({ length: k * n }, (_, i) => (i % 5) - 2);
  const c = new Float32Array(m * n);
  simdGemm(a, b, c, m, n, k, ta, tb);
  let reps = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 300) {
    simdGemm(a, b, c, m, n, k, ta, tb);
    reps++;
  }
  const ms = (performance.now() - t0) / reps;
  console.log(
    `${m}x${n}x${k}${ta ? " ta" : ""}${tb ? " tb" : ""}: ${ms.toFixed(3)} ms, ${((2 * m * n * k) / ms / 1e6).toFixed(1)} GFLOP/s`,
  );
}
