// Which kernels the CPU backend's matmuls run in Node, chosen when a program is lowered: the path asked for ("auto",
// "wasm", "blas") and where a BLAS is looked for in, the BLAS to call (or none: WebAssembly and JavaScript) out,
// and the line `nnc train` prints about it. The options and the browser's resolver are kernel-options.ts.

import { describeElementwise, describeWasmGemm } from "./describe.js";
import { UserError } from "../../runtime/user-error.js";
import { defaultBlasLibraries, findBlas, type Blas } from "./blas/index.js";
import { loadKoffi } from "./blas/koffi.js";

import type { CpuKernelOptions } from "./kernel-options.js";

export {
  CPU_KERNEL_PATHS,
  type BlasResolver,
  type CpuKernelOptions,
  type CpuKernelPath,
} from "./kernel-options.js";

/**
 * The BLAS the matmuls of a program lowered with `o` call; undefined for the WebAssembly and JavaScript kernels.
 * Node's BlasResolver, which index.ts hands the compiler.
 */
export function resolveCpuKernels(o: CpuKernelOptions = {}): Blas | undefined {
  const path = o.cpuKernels ?? "auto";
  if (path === "wasm") return undefined;
  const blas = findBlas(o.blasLibraries);
  if (!blas && path === "blas") {
    if (!loadKoffi())
      throw new UserError(
        "CPU kernels `blas` asked for, but koffi (the FFI that calls a BLAS) did not load on this platform; use `auto`",
      );
    const tried = [...new Set((o.blasLibraries ?? defaultBlasLibraries()).map((l) => l.path))];
    throw new UserError(
      `CPU kernels \`blas\` asked for, but no BLAS library loaded (tried ${tried.length ? tried.join(", ") : "none"}); ` +
        "install one (Debian: `apt-get install libopenblas0-pthread`) or use `auto`",
    );
  }
  return blas;
}

/** The line saying which CPU kernels run, e.g. "cpu: OpenBLAS 0.3.21 sgemm (1 thread), JavaScript element-wise". */
export function describeCpuKernels(o: CpuKernelOptions = {}): string {
  const blas = resolveCpuKernels(o);
  const threads =
    blas?.threads === undefined ? "" : ` (${blas.threads} thread${blas.threads === 1 ? "" : "s"})`;
  const gemm = blas ? `${blas.name} sgemm${threads}` : describeWasmGemm();
  return `cpu: ${gemm}, ${describeElementwise()}`;
}
