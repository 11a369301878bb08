// The op table test (STYLE.md, "Tests"): every op's type rule, its CPU kernel on known values, and its gradient
// against central finite differences, through the real autodiff pass and CPU backend.

import { describe, expect, it } from "vitest";
import { Rng } from "../runtime/rng.js";
import { differentiate } from "../compiler/autodiff.js";
import { Builder } from "../compiler/ir/builder.js";
import { BATCH, CASES, draw, type Case } from "./op-cases.js";
import { verifyFunc } from "../compiler/ir/verify.js";
import { lowerToCpu } from "../backends/cpu/lower.js";
import { OP_KINDS, OPS } from "../compiler/ops/index.js";
import { gemm } from "../backends/cpu/kernels/matmul.js";
import { simdGemm } from "../backends/cpu/kernels/gemm-simd.js";
import { CpuExecutor } from "../backends/cpu/executor.js";
import { resolveCpuKernels, type CpuKernelPath } from "../backends/cpu/kernel-path.js";
import { defaultBlasLibraries, findBlas, type Blas, type Gemm } from "../backends/cpu/blas/index.js";
import { CPU_PATHS } from "./cpu-paths.js";

function run(c: Case, inputs: (Float32Array | Int32Array)[], batch: number, path: CpuKernelPath) {
  const b = new Builder(c.op);
  const xs = c.inputs.map((t, i) => b.input(`x${i}`, t));
  b.output("y", b.checkedOp(c.op, xs, c.attrs ?? {}));
  const f = b.finish();
  expect(verifyFunc(f)).toEqual([]);
  return new CpuExecutor(lowerToCpu(f, resolveCpuKernels({ cpuKernels: path })), batch).run(
    Object.fromEntries(inputs.map((x, i) => [`x${i}`, x])),
    batch,
  ).y!;
}

describe("op table", () => {
  it("covers every op", () => {
    const tested = new Set(CASES.map((c) => c.op));
    expect(OP_KINDS.filter((k) => !tested.has(k))).toEqual([]);
  });
});

describe.each(CPU_PATHS)("op table, CPU kernels %s", (path) => {
  CASES.forEach((c, n) => {
    const name = `${c.op} ${c.inputs.map((t) => `${t.dtype}[${t.shape}]`).join(", ")}`;
    if (c.known) {
      it(`${name}: CPU kernel on known values`, () => {
        const inputs = c.known!.inputs.map((v, i) =>
          c.inputs[i]!.dtype === "i32" ? Int32Array.from(v) : Float32Array.from(v),
        );
        const y = run(c, inputs, 1, path);
        expect(Array.from(y).length).toBe(c.known!.output.length);
        Array.from(y).forEach((v, i) => expect(v).toBeCloseTo(c.known!.output[i]!, 5));
      });
    }

    const differentiable = c.inputs.map((t, i) => ({ t, i })).filter(({ t }) => t.dtype === "f32");
    const probe = new Builder("probe");
    const outType = probe.checkedOp(
      c.op,
      c.inputs.map((t, i) => probe.input(`x${i}`, t)),
      c.attrs ?? {},
    ).type;
    // Integer outputs (argmax) carry no gradient at all.
    if (differentiable.length === 0 || outType.dtype !== "f32") return;
    if (c.firstOrderOnly) return;
    it(`${name}: gradient against central finite differences`, () => {
      const next = rngOf(1000 + n);
      // In double precision, so that the differences measure the gradient rather than float32 rounding.
      const inputs = c.inputs.map((t) => wide(draw(t, c.range, next, BATCH)));
      // loss = Σ y · r for a fixed random r, so that every output element's gradient is exercised.
      const b = new Builder("loss");
      const xs = c.inputs.map((t, i) => b.input(`x${i}`, t));
      const y = b.checkedOp(c.op, xs, c.attrs ?? {});
      const r = b.input("r", y.type);
      const all = y.type.shape.map((_, i) => i);
      b.output("loss", b.sum(b.mul(y, r), all));
      const names = differentiable.map(({ i }) => `x${i}`);
      const { func: f, gradients } = differentiate(b.finish(), "loss", names);
      expect(verifyFunc(f)).toEqual([]);
      const rv = wide(draw(y.type, "any", next, BATCH));
      const exec = new CpuExecutor(lowerToCpu(f, resolveCpuKernels({ cpuKernels: path })), BATCH, {
        float64: true,
      });
      const feed = (xsIn: (Float64Array | Int32Array)[]) => ({
        ...Object.fromEntries(xsIn.map((x, i) => [`x${i}`, x])),
        r: rv,
      });
      const analytic = exec.run(feed(inputs), BATCH);
      const grads = names.map((nm) => Float64Array.from(analytic[gradients.get(nm)!]!));
      const lossAt = (xsIn: (Float64Array | Int32Array)[]) => exec.run(feed(xsIn), BATCH).loss![0]!;
      differentiable.forEach(({ i }, k) => {
        const x = inputs[i] as Float64Array;
        for (let e = 0; e < x.length; e++) {
          const h = 1e-5 * Math.max(1, Math.abs(x[e]!));
          const plus = inputs.map((v) => v.slice());
          const minus = inputs.map((v) => v.slice());
          plus[i]![e]! += h;
          minus[i]![e]! -= h;
          const numeric = c.stopped ? 0 : (lossAt(plus) - lossAt(minus)) / (2 * h);
          const got = grads[k]![e]!;
          expect(
            Math.abs(got - numeric),
            `d/d x${i}[${e}]: analytic ${got}, numeric ${numeric}`,
          ).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(numeric)));
        }
      });
    });
  });

  it("dropout_mask keeps about 1-p of the values, scaled by 1/(1-p), the same for the same seed", () => {
    const c = CASES.find((k) => k.op === "dropout_mask")!;
    const a = run(c, [Int32Array.of(7)], 2, path);
    const b = run(c, [Int32Array.of(7)], 2, path);
    const other = run(c, [Int32Array.of(8)], 2, path);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(other));
    const kept = Array.from(a).filter((v) => v !== 0);
    expect(kept.every((v) => Math.abs(v - 1 / 0.75) < 1e-6)).toBe(true);
    expect(kept.length / a.length).toBeGreaterThan(0.7);
    expect(kept.length / a.length).toBeLessThan(0.8);
  });
});

describe("OPS", () => {
  it("declares each op's arity and attributes", () => {
    for (const k of OP_KINDS) expect(OPS[k].arity).toBeGreaterThanOrEqual(0);
  });
});

/** A seeded uniform generator in [0, 1), so that a failure reproduces. */
function rngOf(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}

describe("gemm", () => {
  const gemms: [string, Float32Gemm][] = [
    ["the JavaScript loops", gemm],
    ["the WebAssembly SIMD kernel", simdOrFail],
  ];
  // Every BLAS found, not only the one "auto" takes; in CI, where "blas" is a path, none found is a failure.
  for (const blas of blasesFound()) {
    gemms.push([`${blas.name}'s sgemm`, (a, b, c, m, n, k, ta, tb) => blas.sgemm(ta, tb, m, n, k, a, b, c)]);
    if (blas.dgemm) gemms.push([`${blas.name}'s dgemm`, widened(blas.dgemm)]);
  }
  if (CPU_PATHS.includes("blas") && blasesFound().length === 0)
    gemms.push(["a BLAS", () => expect.fail("no BLAS library found")]);
  it.each(gemms)(
    "%s match the textbook triple loop at awkward sizes, with and without transposes",
    (_, gemm) => {
      const next = rngOf(7);
      for (const [m, n, k] of [
        [1, 1, 1],
        [5, 3, 7],
        [4, 8, 2],
        [9, 6, 13],
        [2, 1, 5],
        [37, 45, 70],
        // A few rows against a wide B stored transposed: the SIMD kernel computes C^T instead.
        [5, 40, 33],
        [3, 64, 50],
        // k in parts (the SIMD kernel takes 256 at a time).
        [9, 13, 600],
      ] as const) {
        for (const ta of [false, true]) {
          for (const tb of [false, true]) {
            const a = Float32Array.from({ length: m * k }, () => (next() < 0.2 ? 0 : next() - 0.5));
            const b = Float32Array.from({ length: k * n }, () => next() - 0.5);
            const c = new Float32Array(m * n).fill(NaN);
            gemm(a, b, c, m, n, k, ta, tb);
            for (let i = 0; i < m; i++)
              for (let j = 0; j < n; j++) {
                let s = 0;
                for (let p = 0; p < k; p++)
                  s += (ta ? a[p * m + i]! : a[i * k + p]!) * (tb ? b[j * k + p]! : b[p * n + j]!);
                expect(c[i * n + j]).toBeCloseTo(s, 5);
              }
          }
        }
      }
    },
  );
});

function simdOrFail(...args: Parameters<typeof simdGemm>): void {
  if (!simdGemm(...args)) throw new Error("WebAssembly SIMD is not available");
}

type Float32Gemm = (...args: Parameters<typeof simdGemm>) => void;

/** Each kind of BLAS of the default search list that loads. */
function blasesFound(): Blas[] {
  const all = defaultBlasLibraries();
  return [...new Set(all.map((l) => l.kind))].flatMap(
    (kind) => findBlas(all.filter((l) => l.kind === kind)) ?? [],
  );
}

/** A double-precision GEMM in the float32 test's argument order, on the operands widened to float64. */
function widened(dgemm: Gemm<Float64Array>): Float32Gemm {
  return (a, b, c, m, n, k, ta, tb) => {
    const c64 = new Float64Array(c.length);
    dgemm(ta, tb, m, n, k, Float64Array.from(a), Float64Array.from(b), c64);
    c.set(c64);
  };
}

function wide(x: Float32Array | Int32Array): Float64Array | Int32Array {
  return x instanceof Float32Array ? Float64Array.from(x) : x;
}
