// `node dist/bench/cpu-kernels.js`: the CPU kernel paths side by side in one run (backends/cpu/kernel-path.ts): the
// WebAssembly kernels, and each BLAS found (OpenBLAS and oneDNN on 1 and 2 threads; nnc runs them on 1). sgemm
// GFLOP/s at 512×512×512 and the MLP's 64×784·784×512, then the training step of the Fashion-MNIST MLP and CNN
// (batch 64, random data), with each BLAS's speed-up over WebAssembly.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { compile } from "../index.js";
import { CpuBackend } from "../backends/cpu/backend.js";
import {
  defaultBlasLibraries,
  findBlas,
  type BlasKind,
  type BlasLibrary,
} from "../backends/cpu/blas/index.js";
import { loadKoffi } from "../backends/cpu/blas/koffi.js";
import { simdGemm } from "../backends/cpu/kernels/gemm-simd.js";
import type { CpuKernelOptions } from "../backends/cpu/kernel-path.js";
import { initialise } from "../runtime/init.js";
import { Rng } from "../runtime/rng.js";
import { runChunk } from "../runtime/loop.js";

const ROOT = join(import.meta.dirname, "..", "..");
const rng = new Rng(0);
const random = (n: number) => Float32Array.from({ length: n }, () => rng.next() - 0.5);

interface Config {
  readonly name: string;
  readonly options: CpuKernelOptions;
  /** Set before each measurement: OpenBLAS's thread count is the process's. */
  readonly before?: () => void;
}

/** Sets a library's thread count: OpenBLAS's own, oneDNN's OpenMP runtime's (process-wide, hence before each run). */
function setThreads(kind: BlasKind, path: string, n: number): () => void {
  const name = kind === "openblas" ? "openblas_set_num_threads" : "omp_set_num_threads";
  return () => loadKoffi()!.load(path).func(`void ${name}(int)`)(n);
}

function loads(path: string): boolean {
  try {
    loadKoffi()!.load(path);
    return true;
  } catch {
    return false;
  }
}

const all = defaultBlasLibraries();
const configs: Config[] = [{ name: "wasm", options: { cpuKernels: "wasm" } }];
for (const kind of new Set(all.map((l) => l.kind))) {
  const libraries: readonly BlasLibrary[] = all.filter((l) => l.kind === kind);
  const blas = findBlas(libraries);
  if (!blas) continue;
  const options: CpuKernelOptions = { cpuKernels: "blas", blasLibraries: libraries };
  if (kind !== "openblas" && kind !== "dnnl") {
    configs.push({ name: blas.name, options });
    continue;
  }
  const path = libraries.find((l) => loads(l.path))!.path;
  for (const t of [1, 2])
    configs.push({ name: `${blas.name} ×${t}`, options, before: setThreads(kind, path, t) });
}

/** GFLOP/s of an m×k by k×n product, timed over about half a second after a warm-up. */
function gflops(m: number, n: number, k: number, c: Config): number {
  const gemm = (a: Float32Array, b: Float32Array, out: Float32Array) => {
    const blas = c.options.cpuKernels === "blas" ? findBlas(c.options.blasLibraries) : undefined;
    if (blas) blas.sgemm(false, false, m, n, k, a, b, out);
    else simdGemm(a, b, out, m, n, k, false, false);
  };
  c.before?.();
  const [a, b, out] = [random(m * k), random(k * n), new Float32Array(m * n)];
  for (let i = 0; i < 3; i++) gemm(a, b, out);
  let reps = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 500) {
    gemm(a, b, out);
    reps++;
  }
  return (2 * m * n * k * reps) / ((performance.now() - t0) * 1e6);
}

for (const [m, n, k] of [
  [512, 512, 512],
  [64, 512, 784],
] as const) {
  const parts = configs.map((c) => `${c.name} ${gflops(m, n, k, c).toFixed(1)}`);
  console.log(`sgemm ${m}×${k}·${k}×${n}, GFLOP/s: ${parts.join(", ")}`);
}

const count = 4096;
const x = Float32Array.from({ length: count * 784 }, () => rng.next());
const y = Int32Array.from({ length: count }, () => Math.floor(rng.next() * 10));
const order = rng.permutation(count);

/** Milliseconds per training step at batch 64: one warm-up pass of 32 steps, then `rounds` timed passes. */
async function stepMs(file: string, c: Config, rounds: number): Promise<number> {
  const src = join(ROOT, "examples", file);
  const m = compile(readFileSync(src, "utf8"), { filename: src }).program!.models[0]!;
  c.before?.();
  const backend = new CpuBackend(m.programs, { x, y, count }, 64, initialise(m, 0), undefined, c.options);
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

for (const file of ["fashion_mnist_mlp.nn", "fashion_mnist_cnn.nn"]) {
  const rounds = file.includes("cnn") ? 1 : 3;
  // Alternated twice, so that drift on a shared machine falls on every configuration; the better of the two.
  const ms = new Map<string, number>();
  for (let rep = 0; rep < 2; rep++)
    for (const c of configs)
      ms.set(c.name, Math.min(ms.get(c.name) ?? Infinity, await stepMs(file, c, rounds)));
  const wasm = ms.get("wasm")!;
  const parts = configs.map(
    (c) =>
      `${c.name} ${ms.get(c.name)!.toFixed(1)}${c.name === "wasm" ? "" : ` (${(wasm / ms.get(c.name)!).toFixed(2)}×)`}`,
  );
  console.log(`train step, ${file}, batch 64, CPU ms/step: ${parts.join(", ")}`);
}
