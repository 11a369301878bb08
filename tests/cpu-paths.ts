// The CPU kernel paths the tests run (backends/cpu/kernel-path.ts): "wasm" always, "blas" when a BLAS is found. In
// CI (whose setup installs OpenBLAS) "blas" is always run, so a missing library fails its tests rather than
// skipping them.

import { findBlas } from "../backends/cpu/blas/index.js";
import type { CpuKernelPath } from "../backends/cpu/kernel-path.js";

const blas = findBlas();
if (!blas && !process.env["CI"]) console.warn("skipping the BLAS kernel path: no BLAS library found");

export const CPU_PATHS: readonly CpuKernelPath[] = blas || process.env["CI"] ? ["wasm", "blas"] : ["wasm"];
