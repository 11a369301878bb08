// What chooses the CPU backend's matmul kernels, without finding any: the options the API takes and the resolver
// that turns them into a BLAS (or none). Node's resolver (kernel-path.ts) looks for a system BLAS through koffi; the
// browser has none, so its resolver (`wasmKernels`) is the WebAssembly kernels always. The compiler is handed one
// (compileWith), so that lowering never imports the FFI.

import type { Blas, BlasLibrary } from "./blas/index.js";
import { UserError } from "../../runtime/user-error.js";

/** "auto": a BLAS when one is found, else WebAssembly; "wasm": never a BLAS; "blas": a BLAS or a user error. */
export type CpuKernelPath = "auto" | "wasm" | "blas";

export const CPU_KERNEL_PATHS: readonly CpuKernelPath[] = ["auto", "wasm", "blas"];

/** The options that choose the kernels; the API's option objects (train, evaluate, …) extend this. */
export interface CpuKernelOptions {
  readonly cpuKernels?: CpuKernelPath;
  /** Where a BLAS is looked for, in order; by default the platform's usual libraries (blas/libraries.ts). */
  readonly blasLibraries?: readonly BlasLibrary[];
}

/** The BLAS the matmuls of a program lowered with these options call; undefined for WebAssembly. */
export type BlasResolver = (o: CpuKernelOptions) => Blas | undefined;

/** Where no BLAS can be loaded (a browser): WebAssembly for "auto" and "wasm", a user error for "blas". */
export const wasmKernels: BlasResolver = (o) => {
  if (o.cpuKernels === "blas")
    throw new UserError("CPU kernels `blas` asked for, but no BLAS can be loaded here; use `auto`");
  return undefined;
};
