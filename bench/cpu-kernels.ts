// `node dist/bench/cpu-kernels.js`: the CPU kernel paths side by side in one run (backends/cpu/kernel-path.ts):
// sgemm GFLOP/s at 512×512×512 and 64×784×512 (and the BLAS at 1 and 2 threads, for OpenBLAS), then the training
// step of the Fashion-MNIST MLP and CNN (batch 64, random data) on "wasm" and on "blas", with their ratio.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { compile } from "../index.js";
import { CpuBackend } from "../backends/cpu/backend.js";
import { findBlas, type Blas } from "../backends/cpu/blas/index.js";
import { loadKoffi } from "../backends/cpu/blas/koffi.js";
import { simdGemm } from "../backends/cpu/kernels/gemm-simd.js";
import type { CpuKernelPath } from "../backends/cpu/kernel-path.js";
import { initialise } from "../runtime/init.js";
import { Rng } from "../runtime/rng.js";
import { runChunk } from "../runtime/loop.js";

const ROOT = join(import.meta.dirname, "..", "..");
const rng = new Rng(0);
const random = (n: number) => Float32Array.from({ length: n }, () => rng.next() - 0.5);

/** GFLOP/s of `run` on an m×k by k×n product, timed over about half a second after a warm-up. */
function gflops(
  m: number,
  n: number,
  k: number,
  gemm: (a: Float32Array, b: Float32Array, c: Float32Array) => void,
) {
  const [a, b, c] = [random(m * k), random(k * n), new Float32Array(m * n)];
  for (let i = 0; i < 3; i++) gemm(a, b, c);
  let reps = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 500) {
    gemm(a, b, c);
    reps++;
  }
  return (2 * m * n * k * reps) / ((performance.now() - t0) * 1e6);
}

/** OpenBLAS's thread count, for the 1-vs-2 comparison (the same library object findBlas bound). */
function setOpenBlasThreads(n: number): boolean {
  const koffi = loadKoffi();
  if (!koffi) return false;
  try {
    koffi.load("libopenblas.so.0").func("void openblas_set_num_threads(int)")(n);
    return true;
  } catch {
    return false;
  }
}

const blas: Blas | undefined = findBlas();
const threads = blas?.name.startsWith("OpenBLAS") && setOpenBlasThreads(2) ? [1, 2] : [undefined];
for (const [m, n, k] of [
  [512, 512, 512],
  [64, 512, 784],
  [64, 784, 512],
] as const) {
  const parts = [`wasm ${gflops(m, n, k, (a, b, c) => simdGemm(a, b, c, m, n, k, false, false)).toFixed(1)}`];
  if (blas) {
    for (const t of threads) {
      if (t !== undefined) setOpenBlasThreads(t);
      const g = gflops(m, n, k, (a, b, c) => blas.sgemm(false, false, m, n, k, a, b, c));
      parts.push(`${blas.name}${t === undefined ? "" : ` ${t} thread${t > 1 ? "s" : ""}`} ${g.toFixed(1)}`);
    }
    if (threads[0] !== undefined) setOpenBlasThreads(blas.threads ?? 2);
  }
  console.log(`sgemm ${m}×${k}·${k}×${n}, GFLOP/s: ${parts.join(", ")}`);
}

const count = 4096;
const x = Float32Array.from({ length: count * 784 }, () => rng.next());
const y = Int32Array.from({ length: count }, () => Math.floor(rng.next() * 10));
const order = rng.permutation(count);

/** Milliseconds per training step at batch 64: one warm-up pass of 32 steps, then `rounds` timed passes. */
async function stepMs(file: string, path: CpuKernelPath, rounds: number): Promise<number> {
  const src = join(ROOT, "examples", file);
  const m = compile(readFileSync(src, "utf8"), { filename: src }).program!.models[0]!;
  const backend = new CpuBackend(m.programs, { x, y, count }, 64, initialise(m, 0), undefined, {
    cpuKernels: path,
  });
  backend.setOrder(order);
  const pass = async (r: number) => {
    for (let s = 0; s < 32; s++)
      await runChunk(backend, [{ start: s * 64, count: 64, t: r * 32 + s + 1, seed: s }], 0.1);
  };
  await pass(0);
  const t0 = performance.now();
  for (let r = 1; r <= rounds; r++) await pass(r);
  return (performance.now() - t0) / (32 * rounds);
}

/** The configurations timed: WebAssembly, and the BLAS at each thread count compared. */
const configs = [
  { name: "wasm", path: "wasm" as const, threads: undefined },
  ...(blas
    ? threads.map((t) => ({
        name: t === undefined ? "blas" : `blas×${t}`,
        path: "blas" as const,
        threads: t,
      }))
    : []),
];
for (const file of ["fashion_mnist_mlp.nn", "fashion_mnist_cnn.nn"]) {
  const rounds = file.includes("cnn") ? 1 : 3;
  // Alternated twice, so that drift on a shared machine falls on every configuration.
  const ms = new Map<string, number[]>(configs.map((c) => [c.name, []]));
  for (let rep = 0; rep < 2; rep++)
    for (const c of configs) {
      if (c.threads !== undefined) setOpenBlasThreads(c.threads);
      ms.get(c.name)!.push(await stepMs(file, c.path, rounds));
    }
  if (blas && threads[0] !== undefined) setOpenBlasThreads(blas.threads ?? 2);
  const best = (name: string) => Math.min(...ms.get(name)!);
  const line = configs.map((c) => `${c.name} ${best(c.name).toFixed(1)} ms/step`).join(", ");
  const ratios = configs.slice(1).map((c) => `wasm/${c.name} ${(best("wasm") / best(c.name)).toFixed(2)}×`);
  console.log(`train step, ${file}, batch 64, CPU: ${[line, ...ratios].join(", ")}`);
}
