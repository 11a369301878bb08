// One run of one benchmark workload on nnc, in its own process so that its peak RSS is its own (bench/main.ts
// starts it): `node dist/bench/nnc-child.js W1|W2|W3|W4 [--quick] [--options JSON] [--shape S] [--file F]`.
// Prints a ChildResult (bench/protocol.ts). `--options` are train()'s options for this system (the driver's list).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { compile, findBlas, train, type TrainOptions } from "../index.js";
import { describeWasmGemm } from "../backends/cpu/describe.js";
import { simdGemm } from "../backends/cpu/kernels/gemm-simd.js";
import { gemm } from "../backends/cpu/kernels/matmul.js";
import { arg, emit, fashionMnist, rssMiB, W3_SHAPES } from "./protocol.js";

const ROOT = join(import.meta.dirname, "..", "..");
const workload = process.argv[2];
const quick = process.argv.includes("--quick");
// The driver writes these from its list of nnc systems: a subset of train()'s options, as JSON.
const options = JSON.parse(arg("--options") ?? "{}") as Pick<
  TrainOptions,
  "backend" | "wgslTarget" | "cpuKernels"
>;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function trainEpoch(file: string): Promise<void> {
  const path = join(ROOT, "bench", file);
  const program = compile(readFileSync(path, "utf8"), { filename: path }).program!;
  const data = await fashionMnist(quick);
  let note = "";
  const t0 = performance.now();
  const run = await train(program, {
    ...options,
    data,
    epochs: 1,
    shuffle: false,
    env: process.env,
    onInfo: (line) => (note = line),
  });
  const seconds = (performance.now() - t0) / 1000;
  emit({
    seconds,
    samplesPerSecond: data.train.count / seconds,
    accuracy: run.test!.accuracy!,
    rssMiB: rssMiB(),
    ...(note && { note: note.replace(/^backend: /, "") }),
  });
  process.exit(0); // a WebGPU device would keep the process alive
}

/** W3: GFLOP/s of the CPU backend's float32 matmul kernel on m×k×n, the median of 1 s of calls. */
function matmul(shape: string): void {
  const [m, k, n] = W3_SHAPES[shape]!;
  const a = Float32Array.from({ length: m * k }, (_, i) => ((i * 7) % 13) / 13 - 0.5);
  const b = Float32Array.from({ length: k * n }, (_, i) => ((i * 5) % 11) / 11 - 0.5);
  const c = new Float32Array(m * n);
  // The kernel this system's path runs for float32: the system BLAS, or the WebAssembly SIMD kernel (the
  // JavaScript loops where WebAssembly SIMD is missing).
  const blas = options.cpuKernels === "blas" ? findBlas() : undefined;
  const call = blas
    ? () => blas.sgemm(false, false, m, n, k, a, b, c)
    : () => simdGemm(a, b, c, m, n, k, false, false) || gemm(a, b, c, m, n, k, false, false);
  call();
  const times: number[] = [];
  const end = performance.now() + (quick ? 300 : 1000);
  while (performance.now() < end || times.length < 5) {
    const t0 = performance.now();
    call();
    times.push((performance.now() - t0) / 1000);
  }
  const seconds = median(times);
  emit({
    seconds,
    gflops: (2 * m * k * n) / seconds / 1e9,
    rssMiB: rssMiB(),
    note: blas ? `${blas.name} sgemm` : describeWasmGemm(),
  });
}

/** W4: source to kernels, both backends' lowering of the training step; the first (cold) and the median of warm runs. */
function compileTime(file: string): void {
  const path = join(ROOT, "examples", file);
  const source = readFileSync(path, "utf8");
  const once = () => {
    const t0 = performance.now();
    const m = compile(source, { filename: path }).program!.models[0]!;
    const step = m.programs.step;
    m.programs.cpu(step.train);
    m.programs.wgsl(step.train, "hardware");
    return (performance.now() - t0) / 1000;
  };
  const coldSeconds = once();
  const warm = Array.from({ length: quick ? 3 : 10 }, once);
  emit({ seconds: median(warm), coldSeconds, rssMiB: rssMiB() });
}

if (workload === "W1") await trainEpoch("w1.nn");
else if (workload === "W2") await trainEpoch("w2.nn");
else if (workload === "W3") matmul(arg("--shape")!);
else if (workload === "W4") compileTime(arg("--file")!);
else throw new Error(`unknown workload ${workload}`);
