// The CPU backend's kernel paths (backends/cpu/kernel-path.ts): "blas" without a BLAS is a one-line user error,
// "auto" then falls back to WebAssembly, the kernels line says which ran, and the two paths train alike.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../index.js";
import { describeCpuKernels, resolveCpuKernels } from "../backends/cpu/kernel-path.js";
import { findBlas, type BlasLibrary } from "../backends/cpu/blas/index.js";
import { lowerToCpu } from "../backends/cpu/lower.js";
import { train } from "../runtime/train.js";
import { UserError } from "../runtime/user-error.js";
import { CPU_PATHS } from "./cpu-paths.js";

const NOWHERE: readonly BlasLibrary[] = [{ kind: "openblas", path: "/nonexistent/libopenblas.so.0" }];

function spiral() {
  const path = join(import.meta.dirname, "..", "examples", "spiral.nn");
  return compile(readFileSync(path, "utf8"), { filename: path }).program!;
}

describe("CPU kernel paths", () => {
  it("`blas` without a BLAS is a one-line user error that exits 1, before any data is read", async () => {
    const m = spiral().models[0]!;
    expect(() => m.programs.cpu(m.programs.forward, { cpuKernels: "blas", blasLibraries: NOWHERE })).toThrow(
      UserError,
    );
    const lines: string[] = [];
    const run = train(spiral(), {
      backend: "cpu",
      cpuKernels: "blas",
      blasLibraries: NOWHERE,
      dataDir: "/nonexistent",
      onInfo: (l) => lines.push(l),
    });
    const e = await run.then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).exitCode).toBe(1);
    expect((e as UserError).message).toBe(
      "CPU kernels `blas` asked for, but no BLAS library loaded (tried /nonexistent/libopenblas.so.0); " +
        "install one (Debian: `apt-get install libopenblas0-pthread`) or use `auto`",
    );
    expect(lines).toEqual([]);
  });

  it("`auto` without a BLAS takes the WebAssembly kernels, and says so", () => {
    expect(resolveCpuKernels({ blasLibraries: NOWHERE })).toBeUndefined();
    const wasmLine = /^cpu: WebAssembly SIMD(\+FMA)? matmul, WebAssembly SIMD element-wise\b/;
    expect(describeCpuKernels({ blasLibraries: NOWHERE })).toMatch(wasmLine);
    expect(describeCpuKernels({ cpuKernels: "wasm" })).toMatch(wasmLine);
  });

  it.runIf(CPU_PATHS.includes("blas"))("`auto` with a BLAS takes it, and the line names it", () => {
    const blas = findBlas();
    expect(blas).toBeDefined();
    expect(resolveCpuKernels({})).toBe(blas);
    expect(describeCpuKernels({ cpuKernels: "blas" })).toMatch(
      /^cpu: (OpenBLAS|MKL|oneDNN|Accelerate)\b.* sgemm( \(\d+ threads?\))?, WebAssembly SIMD element-wise\b/,
    );
  });

  it.runIf(CPU_PATHS.includes("blas"))(
    "the spiral trains to the same losses on both paths, to float32 rounding; the first line names the kernels",
    async () => {
      const losses = new Map<string, number[]>();
      for (const path of ["wasm", "blas"] as const) {
        const info: string[] = [];
        const l: number[] = [];
        await train(spiral(), {
          backend: "cpu",
          cpuKernels: path,
          steps: 20,
          onInfo: (line) => info.push(line),
          onStep: (s) => l.push(s.loss),
        });
        expect(info[0]).toBe(describeCpuKernels({ cpuKernels: path }));
        losses.set(path, l);
      }
      const [a, b] = [losses.get("wasm")!, losses.get("blas")!];
      expect(a.length).toBe(20);
      a.forEach((x, i) => expect(Math.abs(x - b[i]!)).toBeLessThanOrEqual(1e-4 * Math.abs(x) + 1e-6));
    },
  );
});
